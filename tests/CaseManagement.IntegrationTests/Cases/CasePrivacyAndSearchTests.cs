using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Search;
using CaseManagement.Cases.Features.ViewCase;
using CaseManagement.Cases.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseManagement.IntegrationTests.Cases.CasesScenario;

namespace CaseManagement.IntegrationTests.Cases;

/// <summary>Who sees what of a case, what the database holds of it, how it is found, and its 12-hour deadline.</summary>
public abstract class CasePrivacyAndSearchTests(CaseManagementHost host) : IAsyncLifetime
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
    public async Task Identities_and_narrative_are_not_in_the_clear_in_the_database()
    {
        var received = await ReceiveAsync(worker, Report());
        var rows = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            return await RawRowsAsync(db, "Children", "Reports", "ChildKeys", "Cases");
        });
        Assert.NotEmpty(rows);
        // Values that cannot turn up by chance in base64 or in a number.
        foreach (var secret in new[] { "Nguyễn Văn An", "Nguyen", "Trần Thị Bình", "0905 123 456", "051215000123", "bầm", "Cường", "Tiểu học", "Sợ hãi" })
        {
            Assert.DoesNotContain(rows, row => row.Contains(secret, StringComparison.Ordinal));
        }

        Assert.Contains(rows, row => row.Contains("21484-TDP1", StringComparison.Ordinal)); // the residence unit stays in the clear
        var details = await (await worker.GetAsync($"/api/cases/{received.CaseId}")).ReadAsync<CaseDetails>();
        Assert.Equal("051215000123", details.Children.Single().Identity?.PersonalNumber);
    }

    [Fact]
    public async Task Each_role_sees_what_its_work_needs_managers_lists_with_initials_reporters_their_reports_police_nothing()
    {
        var received = await ReceiveAsync(worker, Report());
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync($"/api/cases/{received.CaseId}")).StatusCode);

        // A manager checks overdue work and data quality: numbers and initials, not the file.
        var manager = await host.ClientForAsync(Roles.Manager, "535");
        var listed = Assert.Single((await (await manager.GetAsync("/api/cases")).ReadAsync<PagedResponse<CaseSummary>>()).Items);
        Assert.Equal((received.Number, "N. V. A."), (listed.Number, listed.Children.Single().DisplayName));
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/api/cases/{received.CaseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/api/cases/{received.CaseId}/timeline")).StatusCode);

        // The hotline follows the reports it took, and nothing else of the province.
        var hotline = await host.ClientForAsync(Roles.HotlineOperator, "51");
        var taken = await ReceiveAsync(hotline, Report("Đinh Thị Hoa", sex: "Female"));
        var reports = await (await hotline.GetAsync("/api/cases/reports-taken")).ReadAsync<PagedResponse<CaseManagement.Cases.Features.ReportsTaken.ReportTaken>>();
        Assert.Equal([(taken.CaseId, taken.Number, CaseStatus.Reported)], reports.Items.Select(r => (r.CaseId, r.CaseNumber, r.Status)));
        Assert.Equal(["Đ. T. H."], Assert.Single(reports.Items).ChildInitials); // to tell the reports apart, never the name
        // The hotline asks whether a child it is told about is known, and is answered in initials and case numbers.
        var known = await (await hotline.PostAsJsonAsync("/api/cases/duplicate-candidates",
            new CaseManagement.Cases.Features.Duplicates.DuplicateQuery("Nguyễn Văn An", "2015-03-02", null, "Male", null, "21484-TDP1", null, null)))
            .ReadAsync<List<CaseManagement.Cases.Features.Duplicates.DuplicateCandidate>>();
        var child = Assert.Single(known);
        Assert.Equal(("N. V. A.", received.Number), (child.DisplayName, Assert.Single(child.Cases).Number));
        Assert.Equal(HttpStatusCode.Forbidden, (await hotline.GetAsync($"/api/cases/{taken.CaseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hotline.GetAsync("/api/cases")).StatusCode);

        // Police log reports and answer referrals: they cannot ask whether a named child is known, nor add to a case.
        var police = await host.ClientForAsync(Roles.PoliceLiaison, "21484");
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync($"/api/cases/{received.CaseId}")).StatusCode);
        var query = new CaseManagement.Cases.Features.Duplicates.DuplicateQuery("Nguyễn Văn An", "2015-03-02", null, "Male", null, "21484-TDP1", null, null);
        Assert.Equal(HttpStatusCode.Forbidden, (await police.PostAsJsonAsync("/api/cases/duplicate-candidates", query)).StatusCode);
        using (var merge = await police.PostAsJsonAsync("/api/cases", Report() with { MergeIntoCaseId = received.CaseId }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, merge.StatusCode);
        }

        var stillOne = await (await worker.GetAsync($"/api/cases/{received.CaseId}")).ReadAsync<CaseDetails>();
        Assert.Equal((1, 1), (stillOne.Reports.Count, stillOne.Version));
        var elsewhere = await host.ClientForAsync(Roles.SocialWorker, "21025");
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/cases/{received.CaseId}")).StatusCode);
        Assert.Equal(0, (await (await elsewhere.GetAsync("/api/cases")).ReadAsync<PagedResponse<CaseSummary>>()).Total);
        // A page far beyond the last is empty: page × size never wraps around to the first page.
        var beyond = await (await worker.GetAsync("/api/cases?page=2000000000&pageSize=100")).ReadAsync<PagedResponse<CaseSummary>>();
        Assert.Equal((0, 2), (beyond.Items.Count, beyond.Total));

        var trail = await host.InScopeAsync(sp => sp.GetRequiredService<CaseManagement.Identity.Persistence.IdentityDbContext>().AuditEntries
            .AsNoTracking().Where(e => e.ResourceType == "case" && e.ResourceId == received.CaseId.ToString()).Select(e => e.Action + ":" + e.Outcome).ToListAsync());
        Assert.Contains("read:success", trail);
        Assert.Contains("read:not_found", trail);
        Assert.Contains("read:denied", trail);
    }

    [Theory]
    [InlineData("nguyen van an", "Nguyễn Văn An")]
    [InlineData("NGUYỄN AN", "Nguyễn Văn An")]
    [InlineData("an", "Nguyễn Văn An")]
    [InlineData("Nguyễn Văn Ân", "Nguyễn Văn An")] // diacritics are ignored, so Ân matches An
    [InlineData("dinh", "Đinh Thị Hoa")]
    [InlineData("Hoa Bình", null)]
    public async Task Children_are_found_by_name_whatever_the_diacritics_and_case(string query, string? expected)
    {
        await ReceiveAsync(worker, Report());
        await ReceiveAsync(worker, Report("Đinh Thị Hoa", sex: "Female"));
        var found = await (await worker.GetAsync($"/api/cases?childName={Uri.EscapeDataString(query)}")).ReadAsync<PagedResponse<CaseSummary>>();
        Assert.Equal(expected is null ? [] : [expected], found.Items.SelectMany(c => c.Children).Select(c => c.DisplayName));
        Assert.Equal(found.Items.Count, found.Total);
    }

    [Fact]
    public async Task An_emergency_decision_not_taken_within_12_hours_is_breached_published_and_listed_first()
    {
        var now = DateTimeOffset.UtcNow;
        var late = await ReceiveAsync(worker, Report(receivedAt: now.AddHours(-13).ToString("O")));
        var fresh = await ReceiveAsync(worker, Report("Đinh Thị Hoa", sex: "Female"));

        var breached = await host.InScopeAsync(sp => sp.GetRequiredService<DeadlineSweeper<CasesDbContext>>().SweepAsync(CancellationToken.None));
        Assert.Equal(1, breached);
        Assert.Equal(0, await host.InScopeAsync(sp => sp.GetRequiredService<DeadlineSweeper<CasesDbContext>>().SweepAsync(CancellationToken.None)));
        var events = await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Type.StartsWith(typeof(DeadlineBreached).FullName!)).Select(m => m.Payload).ToListAsync());
        Assert.Contains(late.CaseId.ToString(), Assert.Single(events), StringComparison.Ordinal);

        var overdue = await (await worker.GetAsync("/api/cases?overdue=true")).ReadAsync<PagedResponse<CaseSummary>>();
        Assert.Equal([late.CaseId], overdue.Items.Select(c => c.Id));
        var byDue = await (await worker.GetAsync("/api/cases?sort=dueAt")).ReadAsync<PagedResponse<CaseSummary>>();
        Assert.Equal([late.CaseId, fresh.CaseId], byDue.Items.Select(c => c.Id));
        var work = (await (await worker.GetAsync("/api/cases/work-list")).ReadAsync<CaseManagement.BuildingBlocks.Web.WorkPage<CaseManagement.Cases.Features.WorkList.WorkItem>>()).Items;
        Assert.Equal([(late.CaseId, true), (fresh.CaseId, false)], work.Select(w => (w.CaseId, w.Overdue)));
        Assert.Equal("Quyết định can thiệp khẩn cấp trong 12 giờ", work[0].What);

        var details = await (await worker.GetAsync($"/api/cases/{fresh.CaseId}")).ReadAsync<CaseDetails>();
        var deadline = Assert.Single(details.Deadlines);
        Assert.Equal(("emergency-decision", false), (deadline.RuleCode, deadline.Overdue));
        Assert.Equal(TimeSpan.FromHours(12), deadline.DueAt - deadline.StartedAt);

        var step = await StepAsync(worker, fresh.CaseId, "verification/start", new CaseManagement.Cases.Features.Procedure.VersionedRequest(1));
        step = await StepAsync(worker, fresh.CaseId, "verification", new CaseManagement.Cases.Features.Procedure.VerificationRequest(step.Version, "Confirmed", null));
        await StepAsync(worker, fresh.CaseId, "initial-assessment",
            new CaseManagement.Cases.Features.Procedure.InitialAssessmentRequest(step.Version, "Low", "Low", false, "Không cần can thiệp khẩn cấp."));
        var stopped = await (await worker.GetAsync($"/api/cases/{fresh.CaseId}")).ReadAsync<CaseDetails>();
        Assert.NotNull(Assert.Single(stopped.Deadlines).StoppedAt);
    }

    /// <summary>Every value of every row of the tables, as text, straight from the database.</summary>
    private static async Task<List<string>> RawRowsAsync(CasesDbContext db, params string[] tables)
    {
        var rows = new List<string>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = db.Database.IsNpgsql() ? $"SELECT * FROM cases.\"{table}\"" : $"SELECT * FROM \"{table}\"";
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        return rows;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CasePrivacyAndSearchOnSqlite(SqliteHost host) : CasePrivacyAndSearchTests(host);

[Collection(PostgresCollection.Name)]
public sealed class CasePrivacyAndSearchOnPostgres(PostgresRabbitHost host) : CasePrivacyAndSearchTests(host);
