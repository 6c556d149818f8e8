using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Identity.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Identity;

/// <summary>Sign-in, users, roles, jurisdictions and the audit trail (issue 3).</summary>
public static class IdentityModule
{
    public const string Name = IdentityDbContext.SchemaName;

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<IdentityDbContext, SqliteIdentityDbContext, PostgreSqlIdentityDbContext, SqlServerIdentityDbContext>(
            configuration, Name);

    public static void AddIdentityConsumers(this IBusRegistrationConfigurator bus)
    {
        _ = bus;
    }

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app) => app;
}
