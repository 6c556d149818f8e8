using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Intake;
using CaseManagement.Cases.Features.Procedure;
using CaseManagement.Cases.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.IntegrationTests.Support;
using CaseManagement.SupportInterventions.Features.Emergency;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseManagement.IntegrationTests.Cases.CasesScenario;

namespace CaseManagement.IntegrationTests.Reporting;

/// <summary>
/// The rules a manager signs by, each shown with cases carried through the API by Thị trấn Ba Tơ (21484):
/// where and when each fact counts, which limits there are, and what "now" and a month hold.
/// 2026-H1 ended on 14/06/2026; 2026-H2 runs 15/06 – 14/12/2026.
/// </summary>
public abstract class StatisticsRulesTests(CaseManagementHost host) : IAsyncLifetime
{
    private HttpClient worker = null!;
    private HttpClient chair = null!;
    private HttpClient manager = null!;

    public async Task InitializeAsync()
    {
        await ReportingScenario.PrepareAsync(host);
        await Eventually.HoldsAsync(
            async () => await host.InScopeAsync(sp => sp.GetRequiredService<SupportInterventionsDbContext>().Units.CountAsync()) == 7,
            "SupportInterventions has its copy of the units");
        worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        chair = await host.ClientForAsync(Roles.CommuneChair, "21484");
        manager = await host.ClientForAsync(Roles.Manager, "51");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_limit_counts_in_the_period_it_fell_due_as_met_when_the_step_was_done_in_time_and_only_abuse_starts_the_12_hours()
    {
        // Abuse reported at 20:00 on the last day of H1; the 12 hours end at 08:00 on the first day of H2.
        var abuse = await ReceivedAsync("2026-06-14T20:00:00+07:00", "Nguyễn Văn An");
        var step = await ReportingScenario.VerifyAsync(worker, abuse, "Confirmed", "2026-06-14T21:00:00+07:00");
        await StepAsync(worker, abuse, "initial-assessment", new InitialAssessmentRequest(step.Version, "High", "High", true, "Cha vẫn ở nhà.", "2026-06-14T21:30:00+07:00"));
        // The sweep finds the limit past due before the chair's decision, taken at 23:00 that night, is typed in.
        Assert.Equal(1, await host.InScopeAsync(sp => sp.GetRequiredService<DeadlineSweeper<CasesDbContext>>().SweepAsync(CancellationToken.None)));
        await SupportScenario.SupportSeesAsync(host, abuse, CaseStatus.Emergency);
        await chair.PostAsJsonAsync($"/api/support/cases/{abuse}/emergency", new EmergencyRequest("2026-06-14T23:00:00+07:00", "12/QĐ-UBND",
            [new MeasureRequest("SafeShelter", "2026-06-14T23:30", "Ở nhà bà ngoại")])).ExpectStatusAsync(HttpStatusCode.OK);

        // A child who drowned: no emergency decision is possible, so no 12-hour limit, met or missed, even once the case is closed.
        var drowned = await ReceivedAsync("2026-06-10T09:00:00+07:00", "Đinh Văn Bình", incident => incident with
        {
            Kind = "Injury", AbuseType = null, AbuseSubType = null, InjuryCause = "Drowning", InjurySeverity = "Died", Setting = null,
        });
        step = await ReportingScenario.VerifyAsync(worker, drowned, "Confirmed");
        step = await StepAsync(worker, drowned, "closure/proposal", new ClosureProposalRequest(step.Version, "died", null));
        await StepAsync(chair, drowned, "closure/decision", new ClosureDecisionRequest(step.Version, true));

        await Eventually.HoldsAsync(async () =>
        {
            await host.DrainOutboxAsync();
            await host.ProjectReportingAsync();
            var year = await ReportingScenario.ReportAsync(manager, "period=2026-Y&indicators=THAN01,HS02");
            return year.Indicators.Single(i => i.Code == "HS02").Total == 1 && Rows(year, "THAN01") is [("emergency-decision|met", 1)];
        }, "the closure is counted, and the 12-hour limit as met");
        Assert.Empty((await ReportingScenario.ReportAsync(manager, "period=2026-H1&indicators=THAN01")).Indicators[0].Rows);
        Assert.Equal([("emergency-decision|met", 1)], Rows(await ReportingScenario.ReportAsync(manager, "period=2026-H2&indicators=THAN01"), "THAN01"));
        await RebuildReproducesAsync("period=2026-H1", "period=2026-H2", "period=2026-Y");
    }

    [Fact]
    public async Task A_transfer_leaves_the_past_with_the_commune_that_held_the_case_and_moves_the_figures_of_now()
    {
        var moved = await ReportingScenario.ReportOnAsync(worker, "2026-06-01", "Nguyễn Văn An", "Male", "2015-03-02", null);
        await ReportingScenario.CasesCountedAsync(host, manager, "2026-H1", "535", 1, abused: 1);
        var details = await worker.GetFromJsonAsync<CaseManagement.Cases.Features.ViewCase.CaseDetails>($"/api/cases/{moved}", HttpExtensions.Json);
        var step = await StepAsync(worker, moved, "transfer", new TransferRequest(details!.Version, "21025"));
        var receiving = await host.ClientForAsync(Roles.SocialWorker, "21025");
        await StepAsync(receiving, moved, "transfer/accept", new VersionedRequest(step.Version));
        await Eventually.HoldsAsync(async () =>
        {
            await host.DrainOutboxAsync();
            await host.ProjectReportingAsync();
            var now = await ReportingScenario.ReportAsync(manager, "period=NOW&unit=522&indicators=DB01");
            return now.Indicators[0].Total == 1;
        }, "the case is open now in Phường Nguyễn Nghiêm's district");

        // 2026-H1 ended before the transfer: Ba Tơ's district received, confirmed and held the case then; so does any range of those days.
        foreach (var period in new[] { "2026-H1", "2026-06", "2026-05-01..2026-06-14" })
        {
            var before = await ReportingScenario.ReportAsync(manager, $"period={period}&unit=535&indicators=HS01,0101,HS04");
            Assert.Equal((period, 1, 1, 1), (period, Total(before, "HS01"), Total(before, "0101"), Total(before, "HS04")));
            var elsewhere = await ReportingScenario.ReportAsync(manager, $"period={period}&unit=522&indicators=HS01,0101,HS04");
            Assert.Equal((period, 0, 0, 0), (period, Total(elsewhere, "HS01"), Total(elsewhere, "0101"), Total(elsewhere, "HS04")));
        }

        // Now the case is Nguyễn Nghiêm's: open in the current half-year there, not in Ba Tơ.
        var current = new CaseManagement.Reporting.Domain.ReportingCalendar().HalfYearOf(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7))).Key;
        Assert.Equal(1, Total(await ReportingScenario.ReportAsync(manager, $"period={current}&unit=522&indicators=HS04"), "HS04"));
        Assert.Equal(0, Total(await ReportingScenario.ReportAsync(manager, $"period={current}&unit=535&indicators=HS04"), "HS04"));
        Assert.Equal(0, Total(await ReportingScenario.ReportAsync(manager, "period=NOW&unit=535&indicators=DB01"), "DB01"));
        await RebuildReproducesAsync("period=2026-H1&unit=535", "period=2026-H1&unit=522", $"period={current}&unit=522", "period=2026-05-01..2026-06-14&unit=535");
    }

    [Fact]
    public async Task Now_and_a_month_give_the_open_cases_and_the_cases_opened_of_the_same_days_as_a_range()
    {
        await ReportingScenario.ReportOnAsync(worker, "2026-06-01", "Nguyễn Văn An", "Male", "2015-03-02", null);
        await ReceiveAsync(worker, Report("Đinh Thị Hoa", personalNumber: null)); // Received now.
        await ReportingScenario.CasesCountedAsync(host, manager, "2026-Y", "51", 2);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var month = new DateOnly(today.Year, today.Month, 1);
        string[] pairs = [$"NOW|{today:yyyy-MM-dd}..{today:yyyy-MM-dd}", $"{today:yyyy-MM}|{month:yyyy-MM-dd}..{month.AddMonths(1).AddDays(-1):yyyy-MM-dd}"];
        foreach (var (kept, range) in pairs.Select(p => (p.Split('|')[0], p.Split('|')[1])))
        {
            var figures = await Task.WhenAll(new[] { kept, range }.Select(async period =>
            {
                var report = await ReportingScenario.ReportAsync(manager, $"period={period}&indicators=HS01,HS04");
                return (Total(report, "HS01"), Total(report, "HS04"));
            }));
            Assert.Equal((kept, 1, 2), (kept, figures[0].Item1, figures[0].Item2));
            Assert.Equal(figures[1], figures[0]);
        }
    }

    [Fact]
    public async Task Open_cases_by_step_agree_with_Cases_when_a_step_is_recorded_earlier_than_the_step_before_it_was_typed_in()
    {
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));
        var request = Report("Nguyễn Văn An", receivedAt: now.AddHours(-3).ToString("yyyy-MM-ddTHH:mm:sszzz"), personalNumber: null);
        var caseId = (await ReceiveAsync(worker, request with { Incident = request.Incident! with { OccurredOn = $"{now.AddHours(-3):yyyy-MM-dd}" } })).CaseId;
        var step = await ReportingScenario.VerifyAsync(worker, caseId, "Confirmed", now.AddHours(-3).ToString("yyyy-MM-ddTHH:mm:sszzz"));
        await StepAsync(worker, caseId, "initial-assessment",
            new InitialAssessmentRequest(step.Version, "High", "High", true, "Cha vẫn ở nhà.", now.AddHours(-2.5).ToString("yyyy-MM-ddTHH:mm:sszzz")));
        await SupportScenario.SupportSeesAsync(host, caseId, CaseStatus.Emergency);
        // The chair decided two hours ago, on the telephone; the assessment before it, done half an hour earlier, was typed in just now.
        await chair.PostAsJsonAsync($"/api/support/cases/{caseId}/emergency", new EmergencyRequest(now.AddHours(-2).ToString("yyyy-MM-ddTHH:mm:sszzz"), "7/QĐ-UBND",
            [new MeasureRequest("SafeShelter", now.AddHours(-2).ToString("yyyy-MM-ddTHH:mm"), "Ở nhà bà ngoại")])).ExpectStatusAsync(HttpStatusCode.OK);
        var inCases = await CaseReachesAsync(host, worker, caseId, CaseStatus.SpecificAssessment);

        await Eventually.HoldsAsync(async () =>
        {
            await host.DrainOutboxAsync();
            await host.ProjectReportingAsync();
            var open = await ReportingScenario.ReportAsync(manager, "period=NOW&unit=21484&indicators=DB01");
            return open.Indicators[0].Rows.Any(r => r.Values.SequenceEqual([inCases.Status.ToString()]) && r.Count == 1);
        }, "Reporting shows the case at the step Cases shows");
        var rows = (await ReportingScenario.ReportAsync(manager, "period=NOW&unit=21484&indicators=DB01")).Indicators[0].Rows;
        Assert.Equal([("SpecificAssessment", 1)], rows.Select(r => (r.Values[0], r.Count)));
    }

    [Fact]
    public async Task A_child_abused_twice_counts_once_in_each_breakdown_and_a_16_year_old_counts_apart_from_the_children_under_16()
    {
        // One child, two incidents of violence in two settings; and a 16-year-old.
        var first = await ReportingScenario.ReportOnAsync(worker, "2026-06-01", "Nguyễn Văn An", "Male", "2015-03-02", "051215000123");
        var an = (await worker.GetFromJsonAsync<CaseManagement.Cases.Features.ViewCase.CaseDetails>($"/api/cases/{first}", HttpExtensions.Json))!.Children.Single().ChildId;
        var second = await ReceivedAsync("2026-06-03T09:00:00+07:00", "Nguyễn Văn An", incident => incident with
        {
            AbuseSubType = "EmotionalViolence", Setting = "school",
        }, existingChild: an);
        await ReportingScenario.VerifyAsync(worker, second, "Confirmed");
        var older = await ReportingScenario.ReportOnAsync(worker, "2026-06-05", "Hồ Thị Lan", "Female", "2010-01-15", null);
        await ReportingScenario.CasesCountedAsync(host, manager, "2026-H1", "51", 3, abused: 2);

        var abused = (await ReportingScenario.ReportAsync(manager, "period=2026-H1&indicators=0101")).Indicators.Single();
        Assert.Equal(3, abused.Rows.Sum(r => r.Count)); // Summing the table's rows counts An twice.
        Assert.Equal((2, 1), (abused.Total, abused.TotalUnder16));
        IReadOnlyList<(string, int)> By(params string[] dimensions) =>
            abused.Breakdowns.Single(b => b.Dimensions.SequenceEqual(dimensions)).Rows.Select(r => (string.Join('|', r.Values), r.Count)).Order().ToList();
        Assert.Equal([("Violence", 2)], By("type"));
        Assert.Equal([("Violence|Female", 1), ("Violence|Male", 1)], By("type", "sex"));
        Assert.Equal([("Violence|Male|11-<16", 1)], By("type", "sex", "age").Where(r => r.Item1.Contains("Male", StringComparison.Ordinal)));
        Assert.Equal([("Violence|EmotionalViolence", 1), ("Violence|PhysicalViolence", 2)], By("type", "subtype"));
        Assert.Equal([("family", 2), ("school", 1)], By("setting"));
        Assert.Equal([("16-<18", 1), ("11-<16", 1)], By("age").OrderByDescending(r => r.Item1));

        var child = (await worker.GetFromJsonAsync<CaseManagement.Cases.Features.ViewCase.CaseDetails>($"/api/cases/{older}", HttpExtensions.Json))!.Children.Single();
        Assert.Equal((16, true), (child.AgeAtReport, child.SixteenOrOverAtReport));
        await RebuildReproducesAsync("period=2026-H1", "period=2026-06&unit=21484");
    }

    /// <summary>A rebuild from the log gives every figure the incremental projection gave.</summary>
    private async Task RebuildReproducesAsync(params string[] views)
    {
        var incremental = await Task.WhenAll(views.Select(v => manager.GetStringAsync($"/api/reporting/reports?{v}")));
        using var admin = await host.ClientForAsync(Roles.Admin, "51");
        await admin.PostAsync("/api/reporting/rebuild", null).ExpectStatusAsync(HttpStatusCode.Accepted);
        await host.ProjectReportingAsync();
        Assert.Equal(incremental, await Task.WhenAll(views.Select(v => manager.GetStringAsync($"/api/reporting/reports?{v}"))));
    }

    private static int Total(CaseManagement.Reporting.Features.Reports.ReportResponse report, string indicator) =>
        report.Indicators.Single(i => i.Code == indicator).Total;

    /// <summary>A report received at the given time about an incident of that day (abuse unless changed).</summary>
    private async Task<Guid> ReceivedAsync(
        string receivedAt, string childName, Func<IncidentRequest, IncidentRequest>? change = null, HttpClient? by = null, Guid? existingChild = null)
    {
        var request = Report(childName, receivedAt: receivedAt, personalNumber: null);
        request = request with { Children = [request.Children![0] with { ExistingChildId = existingChild }] };
        var incident = request.Incident! with { OccurredOn = receivedAt[..10] };
        return (await ReceiveAsync(by ?? worker, request with { Incident = change?.Invoke(incident) ?? incident })).CaseId;
    }

    private static List<(string, int)> Rows(CaseManagement.Reporting.Features.Reports.ReportResponse report, string indicator) =>
        report.Indicators.Single(i => i.Code == indicator).Rows.Select(r => (string.Join('|', r.Values), r.Count)).ToList();
}

[Collection(SqliteCollection.Name)]
public sealed class StatisticsRulesOnSqlite(SqliteHost host) : StatisticsRulesTests(host);

[Collection(PostgresCollection.Name)]
public sealed class StatisticsRulesOnPostgres(PostgresRabbitHost host) : StatisticsRulesTests(host);
