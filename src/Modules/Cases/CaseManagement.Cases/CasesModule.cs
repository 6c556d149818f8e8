using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Privacy;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Consumers;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features;
using CaseManagement.Cases.Features.Intake;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using CaseManagement.Cases.Privacy;
using FluentValidation;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Cases;

/// <summary>Reports, children and cases along Decree 56: intake, the procedure's steps, search,
/// deadlines, and the sealed identities of children and reporters.</summary>
public static class CasesModule
{
    public const string Name = CasesDbContext.SchemaName;

    public static IServiceCollection AddCasesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CasesDbContext, SqliteCasesDbContext, PostgreSqlCasesDbContext, SqlServerCasesDbContext>(configuration, Name);
        services.AddSensitiveData(configuration);
        services.AddOptions<CaseLookups>().Bind(configuration.GetSection(CaseLookups.Section));
        services.AddOptions<Features.Attachments.AttachmentOptions>().Bind(configuration.GetSection(Features.Attachments.AttachmentOptions.Section));
        services.AddSingleton<NameKeys>();
        services.AddSingleton<CaseUnits>();
        services.AddDeadlines<CasesDbContext, CaseDeadlineEvents>(configuration, Name, CaseDeadlineRules.Defaults);
        services.AddMemoryCache();
        services.AddScoped<Jurisdiction<CasesDbContext>>();
        services.AddScoped<CaseNumbers>();
        services.AddScoped<Contracts.ICaseSteps, Features.Shared.CaseStepsQuery>();
        services.AddSingleton<NewCaseWriter>();
        services.AddScoped<CaseActors>();
        services.AddScoped<CaseUnitOfWork>();
        services.AddScoped<ChildRecords>();
        services.AddScoped<Features.Referrals.ReferralRecords>();
        services.AddFeatureHandlers(typeof(CasesModule).Assembly);
        // Singletons: building a validator compiles its rules, far too costly for every request.
        services.AddValidatorsFromAssemblyContaining<CasesDbContext>(
            ServiceLifetime.Singleton, filter: scan => !typeof(IPartValidator).IsAssignableFrom(scan.ValidatorType), includeInternalTypes: true);
        return services;
    }

    public static void AddCasesConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<AdministrativeUnitChangedConsumer, AdministrativeUnitChangedConsumerDefinition>();
        bus.AddConsumer<WorkingCalendarChangedConsumer, WorkingCalendarChangedConsumerDefinition>();
        bus.AddConsumer<OrganisationChangedConsumer, OrganisationChangedConsumerDefinition>();
        bus.AddConsumer<UserAccountChangedConsumer, UserAccountChangedConsumerDefinition>();
        bus.AddConsumer<EmergencyInterventionRecordedConsumer, EmergencyInterventionRecordedConsumerDefinition>();
        bus.AddConsumer<SupportPlanReturnedConsumer, SupportPlanReturnedConsumerDefinition>();
        bus.AddConsumer<SupportPlanApprovedConsumer, SupportPlanApprovedConsumerDefinition>();
        bus.AddConsumer<ReviewCompletedConsumer, ReviewCompletedConsumerDefinition>();
    }

    public static IEndpointRouteBuilder MapCasesEndpoints(this IEndpointRouteBuilder app)
    {
        CasesEndpoints.Map(app);
        return app;
    }
}
