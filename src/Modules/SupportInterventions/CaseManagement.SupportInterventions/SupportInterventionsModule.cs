using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Privacy;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.SupportInterventions.Consumers;
using CaseManagement.SupportInterventions.Features;
using CaseManagement.SupportInterventions.Features.Referrals;
using CaseManagement.SupportInterventions.Features.Shared;
using CaseManagement.SupportInterventions.Persistence;
using FluentValidation;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.SupportInterventions;

/// <summary>Emergency interventions, temporary separations, support plans, service referrals,
/// monitoring and reviews along Decree 56 (arts. 26–30), driven by Cases' events and publishing the
/// steps Cases moves the case by.</summary>
public static class SupportInterventionsModule
{
    public const string Name = SupportInterventionsDbContext.SchemaName;

    public static IServiceCollection AddSupportInterventionsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SupportInterventionsDbContext, SqliteSupportInterventionsDbContext, PostgreSqlSupportInterventionsDbContext, SqlServerSupportInterventionsDbContext>(
            configuration, Name);
        services.AddSensitiveData(configuration);
        services.AddDeadlines<SupportInterventionsDbContext, SupportDeadlineEvents>(configuration, Name, SupportDeadlineRules.Defaults);
        services.AddMemoryCache();
        services.AddSingleton<SupportUnits>();
        services.AddScoped<Jurisdiction<SupportInterventionsDbContext>>();
        services.AddScoped<SupportUnitOfWork>();
        services.AddScoped<Contracts.ISupportDeadlines, SupportDeadlinesQuery>();
        services.AddSingleton<CaseTexts>();
        services.AddScoped<DirectoryOrganisations>();
        services.AddScoped<ReferralDispatch>();
        services.AddScoped<ReferralViews>();
        services.AddFeatureHandlers(typeof(SupportInterventionsModule).Assembly);
        // Singletons: building a validator compiles its rules, far too costly for every request.
        services.AddValidatorsFromAssemblyContaining<SupportInterventionsDbContext>(ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }

    public static void AddSupportInterventionsConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<AdministrativeUnitChangedConsumer, AdministrativeUnitChangedConsumerDefinition>();
        bus.AddConsumer<WorkingCalendarChangedConsumer, WorkingCalendarChangedConsumerDefinition>();
        bus.AddConsumer<OrganisationChangedConsumer, OrganisationChangedConsumerDefinition>();
        bus.AddConsumer<CaseReportedConsumer, CaseReportedConsumerDefinition>();
        bus.AddConsumer<CaseStatusChangedConsumer, CaseStatusChangedConsumerDefinition>();
        bus.AddConsumer<CaseAssessedConsumer, CaseAssessedConsumerDefinition>();
        bus.AddConsumer<CaseTransferredConsumer, CaseTransferredConsumerDefinition>();
    }

    public static IEndpointRouteBuilder MapSupportInterventionsEndpoints(this IEndpointRouteBuilder app)
    {
        SupportEndpoints.Map(app);
        return app;
    }
}
