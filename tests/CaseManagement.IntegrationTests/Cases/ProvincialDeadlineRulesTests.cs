using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Features.Procedure;
using CaseManagement.Cases.Features.ViewCase;
using CaseManagement.IntegrationTests.Infrastructure;
using static CaseManagement.IntegrationTests.Cases.CasesScenario;

namespace CaseManagement.IntegrationTests.Cases;

/// <summary>The embedded default of a province that set stricter limits in configuration: verification
/// within 2 hours (a rule D56 leaves to the province) and the emergency decision within 6 hours.</summary>
public sealed class ProvincialRulesHost : SqliteHost
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        .. base.Settings,
        new("Deadlines:Rules:0:Module", "cases"),
        new("Deadlines:Rules:0:Code", "verification"),
        new("Deadlines:Rules:0:NameVi", "Kiểm tra, xác minh trong 2 giờ"),
        new("Deadlines:Rules:0:NameEn", "Verification within 2 hours"),
        new("Deadlines:Rules:0:StartSignal", "case.reported"),
        new("Deadlines:Rules:0:StopSignals:0", "case.verified"),
        new("Deadlines:Rules:0:StopSignals:1", "case.closed"),
        new("Deadlines:Rules:0:Amount", "2"),
        new("Deadlines:Rules:0:Unit", "Hours"),
        new("Deadlines:Rules:0:ProvinceCode", "51"),
        new("Deadlines:Rules:1:Module", "cases"),
        new("Deadlines:Rules:1:Code", "emergency-decision"),
        new("Deadlines:Rules:1:NameVi", "Quyết định can thiệp khẩn cấp trong 6 giờ"),
        new("Deadlines:Rules:1:StartSignal", "case.abuse-reported"),
        new("Deadlines:Rules:1:StopSignals:0", "case.emergency-decided"),
        new("Deadlines:Rules:1:Amount", "6"),
        new("Deadlines:Rules:1:Unit", "Hours"),
        new("Deadlines:Rules:1:ProvinceCode", "51"),
    ];
}

public sealed class ProvincialDeadlineRulesTests(ProvincialRulesHost host) : IClassFixture<ProvincialRulesHost>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await host.ResetAsync();
        await LoadUnitsAsync(host);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_province_makes_a_limit_stricter_and_adds_its_own_from_configuration()
    {
        var worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        var received = await ReceiveAsync(worker, Report());
        var deadlines = (await (await worker.GetAsync($"/api/cases/{received.CaseId}")).ReadAsync<CaseDetails>()).Deadlines;
        Assert.Equal(
            [("verification", TimeSpan.FromHours(2)), ("emergency-decision", TimeSpan.FromHours(6))],
            deadlines.OrderBy(d => d.DueAt).Select(d => (d.RuleCode, d.DueAt - d.StartedAt)));
        Assert.Equal("Kiểm tra, xác minh trong 2 giờ", deadlines.First(d => d.RuleCode == "verification").Name);

        var step = await StepAsync(worker, received.CaseId, "verification/start", new VersionedRequest(1));
        await StepAsync(worker, received.CaseId, "verification", new VerificationRequest(step.Version, "Confirmed", null));
        var after = (await (await worker.GetAsync($"/api/cases/{received.CaseId}")).ReadAsync<CaseDetails>()).Deadlines;
        Assert.NotNull(after.Single(d => d.RuleCode == "verification").StoppedAt);
        Assert.Null(after.Single(d => d.RuleCode == "emergency-decision").StoppedAt);
    }
}
