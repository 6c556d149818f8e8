using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Reporting.Consumers;
using CaseManagement.Reporting.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Reporting;

/// <summary>Statistics from events alone: its own event log and read models.</summary>
public static class ReportingModule
{
    public const string Name = ReportingDbContext.SchemaName;

    public static IServiceCollection AddReportingModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<ReportingDbContext, SqliteReportingDbContext, PostgreSqlReportingDbContext, SqlServerReportingDbContext>(
            configuration, Name);

    public static void AddReportingConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<AdministrativeUnitChangedConsumer, AdministrativeUnitChangedConsumerDefinition>();

    public static IEndpointRouteBuilder MapReportingEndpoints(this IEndpointRouteBuilder app) => app;
}
