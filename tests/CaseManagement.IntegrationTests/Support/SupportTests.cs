using CaseManagement.BuildingBlocks.Security;
using CaseManagement.IntegrationTests.Infrastructure;

namespace CaseManagement.IntegrationTests.Support;

/// <summary>A support test class's start: a clean store with the units in SupportInterventions' copy,
/// and the social worker and chair of Thị trấn Ba Tơ signed in.</summary>
public abstract class SupportTests(CaseManagementHost host) : IAsyncLifetime
{
    protected CaseManagementHost Host => host;

    protected HttpClient Worker { get; private set; } = null!;

    protected HttpClient Chair { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await SupportScenario.PrepareAsync(host);
        Worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        Chair = await host.ClientForAsync(Roles.CommuneChair, "21484");
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
