using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.WebTests;

/// <summary>Two Host instances behind one address, on one PostgreSQL and one RabbitMQ: a person moves between them
/// without noticing, and the background jobs still run once.</summary>
[Collection(WebCollection.Name)]
public sealed class MoreThanOneHostTests(WebFixture web, TwoHosts hosts) : IClassFixture<TwoHosts>
{
    [Fact]
    public async Task Signed_in_through_one_Host_a_person_carries_on_through_the_other()
    {
        await using var context = await web.NewContextAsync(host: hosts.First);
        var page = await context.SignInAsync("demo.socialworker");

        // The load balancer sends the next requests to the other instance: same cookie, same session, same keys.
        await page.GotoAsync(new Uri(hosts.Second.BaseAddress, "reports/new").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tiếp nhận thông tin (Mẫu 01)");
        await page.GetByLabel("Họ và tên trẻ").FillAsync("Hai Máy Chủ");
        await page.GetByLabel("Ngày sinh", new() { Exact = true }).FillAsync("2014-02-03");
        await page.GetByLabel("Giới tính").SelectOptionAsync("Male");
        await page.GetByLabel("Hình thức xâm hại").SelectOptionAsync("PhysicalViolence");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và lưu" }).ClickAsync(); // its antiforgery token made by the second
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tiếp nhận tin báo.");
        Assert.Equal(hosts.Second.Port, new Uri(page.Url).Port);

        await page.GotoAsync(new Uri(hosts.First.BaseAddress, "cases?childName=hai+may+chu").ToString());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tìm thấy 1 hồ sơ");
    }

    [Fact]
    public async Task Background_work_runs_once_across_the_two()
    {
        // Six reports, three through each instance, each received 13 hours ago: six 12-hour limits already missed.
        using var first = await web.ApiForAsync("demo.socialworker", hosts.First);
        using var second = await web.ApiForAsync("demo.socialworker", hosts.Second);
        var taken = new List<Guid>();
        foreach (var api in new[] { first, second, first, second, first, second })
        {
            taken.Add((await Reports.TakeAsync(api, "Chạy Một Lần " + taken.Count, DateTimeOffset.UtcNow.AddHours(-13))).Id);
        }

        var ids = taken.ToArray();
        await EventuallyAsync("every case's event sent, projected and its missed limit raised, once", async connection =>
            await CountAsync(connection, """SELECT count(*) FROM cases."OutboxMessages" WHERE "SentAt" IS NULL""") == 0
            && await CountAsync(connection, """SELECT count(*) FROM reporting."CaseRecords" WHERE "CaseId" = ANY(@ids)""", ids) == 6
            && await CountAsync(connection, """SELECT count(*) FROM cases."Deadlines" WHERE "CaseId" = ANY(@ids) AND "BreachedAt" IS NOT NULL""", ids) == 6);

        await using var connection = new NpgsqlConnection(hosts.ConnectionString);
        await connection.OpenAsync();
        // The sweep raised each missed limit once, whichever instance swept.
        Assert.Equal(6, await CountAsync(connection, """SELECT count(*) FROM cases."OutboxMessages" WHERE "Type" LIKE '%DeadlineBreached%' AND "Payload" LIKE ANY(@patterns)""",
            patterns: [.. ids.Select(id => $"%{id}%")]));
        // The projector applied each report once: one event in its log for each.
        Assert.Equal(6, await CountAsync(connection, """SELECT count(*) FROM reporting."EventLog" WHERE "EventType" LIKE '%CaseReported%' AND "Payload" LIKE ANY(@patterns)""",
            patterns: [.. ids.Select(id => $"%{id}%")]));
        // The audit sealer chained every entry once: no index given twice, and the chain holds.
        Assert.Equal(0, await CountAsync(connection, """SELECT count(*) - count(DISTINCT "ChainIndex") FROM identity."AuditEntries" WHERE "ChainIndex" IS NOT NULL"""));
        using var admin = await web.ApiForAsync("demo.admin", hosts.Second);
        var verified = await admin.GetFromJsonAsync<JsonElement>("api/identity/audit/verify");
        Assert.True(verified.GetProperty("intact").GetBoolean(), verified.ToString());
    }

    private async Task EventuallyAsync(string what, Func<NpgsqlConnection, Task<bool>> holds)
    {
        await using var connection = new NpgsqlConnection(hosts.ConnectionString);
        await connection.OpenAsync();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await holds(connection))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Not within 30 s: {what}.");
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql, Guid[]? ids = null, string[]? patterns = null)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (ids is not null)
        {
            command.Parameters.AddWithValue("ids", ids);
        }

        if (patterns is not null)
        {
            command.Parameters.AddWithValue("patterns", patterns);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
