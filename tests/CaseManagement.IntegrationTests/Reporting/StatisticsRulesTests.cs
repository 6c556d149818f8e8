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
        var step = await ReportingScenario.VerifyAsync(worker, abuse, "Confirmed");
        await StepAsync(worker, abuse, "initial-assessment", new InitialAssessmentRequest(step.Version, "High", "High", true, "Cha vẫn ở nhà."));
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
    }

    /// <summary>A report received at the given time about an incident of that day (abuse unless changed).</summary>
    private async Task<Guid> ReceivedAsync(string receivedAt, string childName, Func<IncidentRequest, IncidentRequest>? change = null, HttpClient? by = null)
    {
        var request = Report(childName, receivedAt: receivedAt, personalNumber: null);
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
