using System.Net.Http.Json;
using CaseManagement.IntegrationTests.Cases;
using CaseManagement.Cases.Features.Procedure;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.Reporting.Features.Reports;
using CaseManagement.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Reporting;

/// <summary>Reporting tests' start (the case tests' units, in Reporting's copy too) and their steps.</summary>
public static class ReportingScenario
{
    public static async Task PrepareAsync(CaseManagementHost host)
    {
        await host.ResetAsync();
        await CasesScenario.LoadUnitsAsync(host);
        await Eventually.HoldsAsync(
            async () => await host.InScopeAsync(sp => sp.GetRequiredService<ReportingDbContext>().Units.CountAsync()) == 7,
            "Reporting has its copy of the units");
    }

    /// <summary>A report received on a past day (Vietnam time), about a child of the given sex and birth date,
    /// verified and found true (only confirmed reports count their children) unless <paramref name="confirmed"/> is false.</summary>
    public static async Task<Guid> ReportOnAsync(
        HttpClient worker, string day, string childName, string sex, string dateOfBirth, string? personalNumber, bool confirmed = true)
    {
        var request = CasesScenario.Report(childName, receivedAt: $"{day}T09:00:00+07:00", sex: sex, dateOfBirth: dateOfBirth, personalNumber: personalNumber);
        var received = await CasesScenario.ReceiveAsync(worker, request with { Incident = request.Incident! with { OccurredOn = day } });
        if (confirmed)
        {
            await VerifyAsync(worker, received.CaseId, "Confirmed");
        }

        return received.CaseId;
    }

    /// <summary>Verification started and ended at <paramref name="at"/> (now when null).</summary>
    public static async Task<CaseStepResponse> VerifyAsync(HttpClient worker, Guid caseId, string outcome, string? at = null)
    {
        var details = await worker.GetFromJsonAsync<CaseManagement.Cases.Features.ViewCase.CaseDetails>($"/api/cases/{caseId}", HttpExtensions.Json);
        var started = await CasesScenario.StepAsync(worker, caseId, "verification/start", new VersionedRequest(details!.Version, at));
        return await CasesScenario.StepAsync(worker, caseId, "verification", new VerificationRequest(started.Version, outcome, null, at));
    }

    public static Task<ReportResponse> ReportAsync(HttpClient client, string query) =>
        client.GetFromJsonAsync<ReportResponse>($"/api/reporting/reports?{query}", HttpExtensions.Json)!;

    /// <summary>Sends the outboxes and projects until the unit's period shows the number of cases opened
    /// and, when given, of abused children (a confirmation is an event of its own, which may be logged later).
    /// A delivery that met a transient failure (a deadlock with the projector) is retried at growing intervals of up
    /// to <see cref="CaseManagement.BuildingBlocks.Messaging.ModuleConsumerDefinition{TConsumer}.LongestOutageRetryInterval"/>:
    /// the wait allows for a few of them.</summary>
    public static async Task CasesCountedAsync(CaseManagementHost host, HttpClient client, string period, string unit, int cases, int? abused = null)
    {
        await Eventually.HoldsAsync(async () =>
        {
            await host.DrainOutboxAsync();
            await host.ProjectReportingAsync();
            var report = await ReportAsync(client, $"period={period}&unit={unit}&indicators=HS01,0101");
            return Current(report, "HS01") == cases && (abused is null || Current(report, "0101") == abused);
        }, $"Reporting counts {cases} cases and {abused} abused children in {period} for {unit}", TimeSpan.FromSeconds(90));
    }

    /// <summary>An indicator's total now: a closed period shows its signed figures, and the late count in the revision beside them.</summary>
    public static int Current(ReportResponse report, string indicator) =>
        report.Revision.FirstOrDefault(r => r.Indicator == indicator && r.Values.SequenceEqual(["*"]))?.Current
        ?? report.Indicators.Single(i => i.Code == indicator).Total;
}
