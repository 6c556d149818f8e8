using CaseManagement.BuildingBlocks;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Reporting.Consumers;
using CaseManagement.Reporting.Features;
using CaseManagement.Reporting.Persistence;
using CaseManagement.Reporting.Projection;
using FluentValidation;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Reporting;

/// <summary>Statistics from events alone: its own event log, a projector that keeps indicator cells
/// per period and unit, period closing, exports, dashboards and reporting rounds.</summary>
public static class ReportingModule
{
    public const string Name = ReportingDbContext.SchemaName;

    /// <summary>The key of the projector's <see cref="BuildingBlocks.WakeUp"/>: raised when this process logged events.</summary>
    public const string ProjectorWakeUp = "reporting:projector";

    public static IServiceCollection AddReportingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ReportingDbContext, SqliteReportingDbContext, PostgreSqlReportingDbContext, SqlServerReportingDbContext>(
            configuration, Name);
        services.AddOptions<ReportingOptions>().Bind(configuration.GetSection(ReportingOptions.Section))
            .Validate(o => Valid(o), "Reporting: YearStart must be MM-dd (day 1–28) and age group bounds 0 ≤ b < 18 starting at 0.")
            .ValidateOnStart();
        services.AddMemoryCache();
        services.AddKeyedSingleton<WakeUp>(ProjectorWakeUp);
        services.AddSingleton<ReportingUnits>();
        services.AddScoped<Jurisdiction<ReportingDbContext>>();
        services.AddScoped<ReportingProjector>();
        services.AddScoped<CellRecount>();
        services.AddScoped<Features.Reports.ReportAccess>();
        services.AddScoped<Features.Reports.ReportFigures>();
        services.AddScoped<Features.Closing.PeriodClosures>();
        services.AddScoped<Features.Rounds.RoundAccess>();
        services.AddScoped<Features.Rounds.RoundStatistics>();
        services.AddHostedService<ProjectorService>();
        services.AddHealthChecks().AddCheck<ProjectionHealthCheck>("reporting-projection", tags: ["ready"]);
        services.AddFeatureHandlers(typeof(ReportingModule).Assembly);
        services.AddValidatorsFromAssemblyContaining<ReportingDbContext>(ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }

    public static void AddReportingConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<AdministrativeUnitChangedConsumer, AdministrativeUnitChangedConsumerDefinition>();
        EventLogConsumers.Register(bus);
    }

    /// <summary>The operator's rebuild (<c>CaseManagement.Host reporting rebuild</c>): the same reset as
    /// <c>POST /api/reporting/rebuild</c>, then the log projected here with a progress line every 20 batches.</summary>
    public static async Task RebuildAsync(IServiceProvider services, TextWriter progress, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var rebuild = scope.ServiceProvider.GetRequiredService<Features.Rebuild.RebuildHandler>();
        var projector = scope.ServiceProvider.GetRequiredService<ReportingProjector>();
        var state = await rebuild.StartAsync(ct);
        await progress.WriteLineAsync(FormattableString.Invariant($"rebuilding Reporting from {state.LastEvent:N0} logged events"));
        for (var batches = 1; await projector.StepAsync(ct) > 0; batches++)
        {
            if (batches % 20 == 0)
            {
                state = await rebuild.ProgressAsync(ct);
                await progress.WriteLineAsync(FormattableString.Invariant($"  {state.Position:N0} of {state.LastEvent:N0} ({state.Percent:F1} %)"));
            }
        }

        state = await rebuild.ProgressAsync(ct);
        await progress.WriteLineAsync(FormattableString.Invariant(
            $"rebuilt: {state.Position:N0} events, cells counted, in {(state.RebuildFinishedAt - state.RebuildStartedAt)?.TotalSeconds:F0} s"));
    }

    public static IEndpointRouteBuilder MapReportingEndpoints(this IEndpointRouteBuilder app)
    {
        ReportingEndpoints.Map(app);
        return app;
    }

    private static bool Valid(ReportingOptions options)
    {
        try
        {
            _ = options.Calendar();
            _ = options.AgeGroups();
            return options.SmallCountThreshold >= 1 && options.ProjectionBatchSize > 0;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IndexOutOfRangeException)
        {
            return false;
        }
    }
}
