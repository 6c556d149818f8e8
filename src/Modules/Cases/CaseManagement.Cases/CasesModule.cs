using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Cases.Consumers;
using CaseManagement.Cases.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Cases;

/// <summary>Reports, children and cases along Decree 56. For now: its own copy of the units.</summary>
public static class CasesModule
{
    public const string Name = CasesDbContext.SchemaName;

    public static IServiceCollection AddCasesModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<CasesDbContext, SqliteCasesDbContext, PostgreSqlCasesDbContext, SqlServerCasesDbContext>(
            configuration, Name);

    public static void AddCasesConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<AdministrativeUnitChangedConsumer, AdministrativeUnitChangedConsumerDefinition>();

    public static IEndpointRouteBuilder MapCasesEndpoints(this IEndpointRouteBuilder app) => app;
}
