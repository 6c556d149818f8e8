using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Features.Calendar;
using CaseManagement.Directory.Features.ImportUnits;
using CaseManagement.Directory.Features.ListUnits;
using CaseManagement.Directory.Features.Organisations;
using CaseManagement.Directory.Features.Staff;
using CaseManagement.Directory.Features.UnitTree;
using CaseManagement.Directory.Persistence;
using FluentValidation;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Directory;

/// <summary>Who and where: administrative units, organisations and their services, staff, and the working-day calendar.</summary>
public static class DirectoryModule
{
    public const string Name = DirectoryDbContext.SchemaName;

    public static IServiceCollection AddDirectoryModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<DirectoryDbContext, SqliteDirectoryDbContext, PostgreSqlDirectoryDbContext, SqlServerDirectoryDbContext>(
            configuration, Name);
        services.AddFeatureHandlers(typeof(DirectoryModule).Assembly);
        services.AddScoped<DemoUnitsSeeder>();
        services.AddScoped<DemoCatalogueSeeder>();
        services.AddSingleton<UnitHierarchyCache>();
        services.AddScoped<Features.Shared.AdministrationArea>();
        services.AddSingleton<DirectoryCalendar>();
        services.AddValidatorsFromAssemblyContaining<DirectoryDbContext>(ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }

    /// <summary>The Directory consumes no other module's events yet.</summary>
    public static void AddDirectoryConsumers(this IBusRegistrationConfigurator bus)
    {
        _ = bus;
    }

    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/directory/units").WithTags("Directory");
        ListUnitsEndpoint.Map(units);
        ImportUnitsEndpoint.Map(units);
        UnitTreeEndpoints.Map(units);
        CalendarEndpoints.Map(app);
        OrganisationsEndpoints.Map(app);
        StaffEndpoints.Map(app);
        return app;
    }

    /// <summary>Loads the Quảng Ngãi demo units, and organisations, services and staff for two communes,
    /// when the directory is empty (embedded default only).</summary>
    public static async Task SeedDirectoryDemoDataAsync(this IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoUnitsSeeder>().SeedAsync(ct);
        await scope.ServiceProvider.GetRequiredService<DemoCatalogueSeeder>().SeedAsync(ct);
    }
}
