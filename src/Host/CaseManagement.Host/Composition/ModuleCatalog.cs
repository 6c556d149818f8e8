using CaseManagement.Cases;
using CaseManagement.Directory;
using CaseManagement.Identity;
using CaseManagement.Reporting;
using CaseManagement.SupportInterventions;
using MassTransit;

namespace CaseManagement.Host.Composition;

/// <summary>The one list of modules: adding a module means adding one line to each method.</summary>
internal static class ModuleCatalog
{
    public static void AddModules(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddDirectoryModule(configuration);
        services.AddCasesModule(configuration);
        services.AddSupportInterventionsModule(configuration);
        services.AddReportingModule(configuration);
        services.AddIdentityModule(configuration, environment);
    }

    public static void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddDirectoryConsumers();
        bus.AddCasesConsumers();
        bus.AddSupportInterventionsConsumers();
        bus.AddReportingConsumers();
        bus.AddIdentityConsumers();
    }

    public static void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapDirectoryEndpoints();
        app.MapCasesEndpoints();
        app.MapSupportInterventionsEndpoints();
        app.MapReportingEndpoints();
        app.MapIdentityEndpoints();
    }

    /// <summary>Data every installation needs (roles; development clients outside Production).</summary>
    public static Task SeedReferenceDataAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct) =>
        services.SeedIdentityReferenceDataAsync(configuration, ct);

    public static async Task SeedDemoDataAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct)
    {
        await services.SeedDirectoryDemoDataAsync(ct);
        await services.SeedIdentityDemoDataAsync(configuration, ct);
    }
}
