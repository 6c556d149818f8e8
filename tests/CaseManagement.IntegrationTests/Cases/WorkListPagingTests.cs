using System.Globalization;
using System.Net;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Features.WorkList;
using CaseManagement.IntegrationTests.Infrastructure;
using static CaseManagement.IntegrationTests.Cases.CasesScenario;

namespace CaseManagement.IntegrationTests.Cases;

/// <summary>The work list a page at a time: pages that do not overlap and together hold everything, overdue first, with the
/// list's totals on every page; a page or size out of bounds is a field error.</summary>
public abstract class WorkListPagingTests(CaseManagementHost host) : IAsyncLifetime
{
    private HttpClient worker = null!;

    public async Task InitializeAsync()
    {
        await host.ResetAsync();
        await LoadUnitsAsync(host);
        worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Pages_of_the_work_list_hold_every_item_once_overdue_first_with_the_totals_of_the_whole_list()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var hoursAgo in new[] { 1, 14, 3, 20, 2 })
        {
            await ReceiveAsync(worker, Report("Trang " + hoursAgo, receivedAt: now.AddHours(-hoursAgo).ToString("o", CultureInfo.InvariantCulture), personalNumber: null));
        }

        var pages = new List<WorkPage<WorkItem>>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await (await worker.GetAsync($"/api/cases/work-list?page={page}&pageSize=2")).ReadAsync<WorkPage<WorkItem>>());
        }

        Assert.All(pages, p => Assert.Equal((5, 2), (p.Total, p.Overdue)));
        Assert.Equal([2, 2, 1], pages.Select(p => p.Items.Count));
        var all = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(5, all.Select(i => i.CaseId).Distinct().Count());
        // The two reports older than 12 hours first, the oldest limit first; then the others by due time.
        Assert.Equal([true, true, false, false, false], all.Select(i => i.Overdue));
        Assert.Equal(all.OrderBy(i => i.DueAt).Select(i => i.CaseId), all.Select(i => i.CaseId));
        var beyond = await (await worker.GetAsync("/api/cases/work-list?page=4&pageSize=2")).ReadAsync<WorkPage<WorkItem>>();
        Assert.Empty(beyond.Items);
        Assert.Equal(5, beyond.Total);
    }

    [Theory]
    [InlineData("/api/cases/work-list?pageSize=0", "pageSize")]
    [InlineData("/api/cases/work-list?pageSize=201", "pageSize")]
    [InlineData("/api/support/work-list?page=51", "page")]
    public async Task A_page_or_size_out_of_bounds_is_a_field_error(string path, string field)
    {
        using var response = await worker.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WorkListPagingOnSqlite(SqliteHost host) : WorkListPagingTests(host);

[Collection(PostgresCollection.Name)]
public sealed class WorkListPagingOnPostgres(PostgresRabbitHost host) : WorkListPagingTests(host);
