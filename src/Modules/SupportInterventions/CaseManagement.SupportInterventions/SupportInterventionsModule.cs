using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.SupportInterventions.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.SupportInterventions;

/// <summary>Emergency measures, support plans, services and reviews (issue 6).</summary>
public static class SupportInterventionsModule
{
    public const string Name = SupportInterventionsDbContext.SchemaName;

    public static IServiceCollection AddSupportInterventionsModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<SupportInterventionsDbContext, SqliteSupportInterventionsDbContext, PostgreSqlSupportInterventionsDbContext, SqlServerSupportInterventionsDbContext>(
            configuration, Name);

    public static void AddSupportInterventionsConsumers(this IBusRegistrationConfigurator bus)
    {
        _ = bus;
    }

    public static IEndpointRouteBuilder MapSupportInterventionsEndpoints(this IEndpointRouteBuilder app) => app;
}
