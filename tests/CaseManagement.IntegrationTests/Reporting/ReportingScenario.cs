using System.Net.Http.Json;
using CaseManagement.IntegrationTests.Cases;
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

    /// <summary>A report received on a past day (Vietnam time), about a child of the given sex and birth date.</summary>
    public static Task ReportOnAsync(HttpClient worker, string day, string childName, string sex, string dateOfBirth, string? personalNumber)
    {
        var request = CasesScenario.Report(childName, receivedAt: $"{day}T09:00:00+07:00", sex: sex, dateOfBirth: dateOfBirth, personalNumber: personalNumber);
        return CasesScenario.ReceiveAsync(worker, request with { Incident = request.Incident! with { OccurredOn = day } });
    }

    public static Task<ReportResponse> ReportAsync(HttpClient client, string query) =>
        client.GetFromJsonAsync<ReportResponse>($"/api/reporting/reports?{query}", HttpExtensions.Json)!;

    /// <summary>Sends the outboxes and projects until the unit's half-year shows the number of cases opened.</summary>
    public static async Task CasesCountedAsync(CaseManagementHost host, HttpClient client, string period, string unit, int cases)
    {
        await Eventually.HoldsAsync(async () =>
        {
            await host.DrainOutboxAsync();
            await host.ProjectReportingAsync();
            var report = await ReportAsync(client, $"period={period}&unit={unit}&indicators=HS01");
            // A closed period shows its signed figures; the late count is in the revision beside them.
            var opened = report.Revision.FirstOrDefault(r => r.Indicator == "HS01" && r.Values.SequenceEqual(["*"]))?.Current ?? report.Indicators[0].Total;
            return opened == cases;
        }, $"Reporting counts {cases} cases in {period} for {unit}");
    }
}
