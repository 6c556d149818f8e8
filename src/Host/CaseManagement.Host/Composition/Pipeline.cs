using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Host.Admin;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using Serilog;

namespace CaseManagement.Host.Composition;

internal static class Pipeline
{
    private static readonly string[] Cultures = ["vi-VN", "en"];

    public static void UseCaseManagementPipeline(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseSerilogRequestLogging();
        // Before the exception handler, so that problem details are written in the caller's language.
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(Cultures[0]).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }

    public static void MapCaseManagementEndpoints(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("Child protection case management API"));
        app.MapGet("/", () => Results.Redirect("/scalar/v1")).ExcludeFromDescription();
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        OutboxAdminEndpoints.Map(app);
        ModuleCatalog.MapEndpoints(app);
    }
}
