using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Identity.Features.Me;
using CaseManagement.Identity.Features.Notifications;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseManagement.IntegrationTests.Cases.CasesScenario;

namespace CaseManagement.IntegrationTests.Identity;

/// <summary>Notices go to the people whose work it is (role and commune), once, without the child's name; read one or all.</summary>
public abstract class NotificationTests(CaseManagementHost host) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await host.ResetAsync();
        await LoadUnitsAsync(host);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_report_tells_the_communes_social_workers_only_by_case_number_and_is_read_once_opened()
    {
        var worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        var neighbour = await host.ClientForAsync(Roles.SocialWorker, "21487");
        var chair = await host.ClientForAsync(Roles.CommuneChair, "21484");
        var received = await ReceiveAsync(worker, Report(childName: "Phạm Thị Chuông"));
        await host.DrainOutboxAsync();

        var notice = await Eventually.ValueAsync(async () => (await MineAsync(worker)).FirstOrDefault(n => n.CaseId == received.CaseId), "the social worker is told");
        Assert.Equal(("report-received", received.Number, null), (notice.Kind, notice.CaseNumber, notice.ReadAt));
        Assert.Equal($"Tin báo mới cho xã: hồ sơ {received.Number}", notice.Title);
        Assert.DoesNotContain("Chuông", notice.Title, StringComparison.Ordinal);

        // The other commune's worker and the chair (whose work this is not yet) are not told; the event told each person once.
        await host.DrainOutboxAsync();
        Assert.DoesNotContain(await MineAsync(neighbour), n => n.CaseId == received.CaseId);
        Assert.DoesNotContain(await MineAsync(chair), n => n.CaseId == received.CaseId);
        Assert.Single(await MineAsync(worker), n => n.CaseId == received.CaseId);

        var unread = (await (await worker.GetAsync("/api/identity/notifications/unread-count")).ReadAsync<UnreadCountResponse>()).Count;
        Assert.True(unread >= 1);
        Assert.Equal(unread, (await (await worker.GetAsync("/api/identity/me")).ReadAsync<MeResponse>()).UnreadNotifications);
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsync($"/api/identity/notifications/{notice.Id}/read", null)).StatusCode);
        Assert.NotNull((await MineAsync(worker)).Single(n => n.Id == notice.Id).ReadAt);
        Assert.Equal(unread - 1, (await (await worker.GetAsync("/api/identity/notifications/unread-count")).ReadAsync<UnreadCountResponse>()).Count);

        // Nobody reads another's notices.
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.PostAsync($"/api/identity/notifications/{notice.Id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsync("/api/identity/notifications/read-all", null)).StatusCode);
        Assert.Equal(0, (await (await worker.GetAsync("/api/identity/notifications/unread-count")).ReadAsync<UnreadCountResponse>()).Count);
    }

    [Fact]
    public async Task A_limit_falling_due_within_two_hours_warns_the_social_worker_once()
    {
        var worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        var received = await ReceiveAsync(worker, Report(receivedAt: DateTimeOffset.UtcNow.AddHours(-11).ToString("O")));
        Assert.Equal(0, await host.InScopeAsync(sp => sp.GetRequiredService<DeadlineSweeper<CasesDbContext>>().SweepAsync(CancellationToken.None)));
        Assert.Equal(0, await host.InScopeAsync(sp => sp.GetRequiredService<DeadlineSweeper<CasesDbContext>>().SweepAsync(CancellationToken.None)));
        var warnings = await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Type.StartsWith(typeof(DeadlineDueSoon).FullName!)).Select(m => m.Payload).ToListAsync());
        Assert.Contains(received.CaseId.ToString(), Assert.Single(warnings), StringComparison.Ordinal);

        await host.DrainOutboxAsync();
        var notice = await Eventually.ValueAsync(
            async () => (await MineAsync(worker)).FirstOrDefault(n => n.CaseId == received.CaseId && n.Kind == "limit-due-soon"), "the social worker is warned");
        Assert.Equal($"Sắp đến hạn xử lý (trong 2 giờ): hồ sơ {received.Number}", notice.Title);
        Assert.NotNull(notice.DueAt);
    }

    [Fact]
    public async Task E_mail_settings_take_a_valid_address_and_refuse_e_mail_without_one()
    {
        var worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        var refused = await worker.PutAsJsonAsync("/api/identity/me/notification-settings", new NotificationSettings(null, true));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("email", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var saved = await worker.PutAsJsonAsync("/api/identity/me/notification-settings", new NotificationSettings(" canbo@example.vn ", true));
        Assert.Equal(new NotificationSettings("canbo@example.vn", true), await saved.ReadAsync<NotificationSettings>());
    }

    private static async Task<IReadOnlyList<NotificationResponse>> MineAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/identity/notifications?pageSize=100")).ReadAsync<PagedResponse<NotificationResponse>>()).Items;
}

[Collection(SqliteCollection.Name)]
public sealed class NotificationsOnSqlite(SqliteHost host) : NotificationTests(host);

[Collection(PostgresCollection.Name)]
public sealed class NotificationsOnPostgres(PostgresRabbitHost host) : NotificationTests(host);
