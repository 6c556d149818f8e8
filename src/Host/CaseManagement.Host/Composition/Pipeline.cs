using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Host.Admin;
using CaseManagement.Web;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using Serilog;

namespace CaseManagement.Host.Composition;

internal static class Pipeline
{
    private static readonly string[] Cultures = ["vi-VN", "en"];

    private static void Public(IEndpointConventionBuilder endpoint, bool open)
    {
        if (open)
        {
            endpoint.AllowAnonymous();
        }
        else
        {
            endpoint.RequireAuthorization();
        }
    }

    public static void UseCaseManagementPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSerilogRequestLogging();
        // The API's JSON is compressed for callers that accept it. Pages are not: they hold children's names beside what the
        // address asked for (a search), under a cookie sent on cross-site navigations, which is what BREACH reads (ADR 18).
        // Static assets are compressed at build time (MapStaticAssets).
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseResponseCompression());
        // Before the exception handler, so that problem details are written in the caller's language.
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(Cultures[0]).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            // Pages speak Vietnamese unless the user chose English; an API caller's Accept-Language is honoured.
            options.RequestCultureProviders = [.. options.RequestCultureProviders.Select(p => p is AcceptLanguageHeaderRequestCultureProvider ? new ApiAcceptLanguageProvider() : p)];
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
        app.UseMiddleware<RequestLimitsMiddleware>();
        // Outside the exception handler: the audit sees the status the caller really got.
        app.UseMiddleware<AuditMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.Use(AuditMiddleware.Capture);
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    public static void MapCaseManagementEndpoints(this WebApplication app)
    {
        // Liveness is public everywhere. In Development and Testing the API description, its reference page
        // and readiness's details are public too; on a province's server they tell a stranger how the system
        // is built and how it is doing, so they are for signed-in callers (readiness's details for administrators).
        var open = app.Environment.IsDevelopment() || app.Environment.IsEnvironment("Testing");
        Public(app.MapOpenApi(), open);
        Public(app.MapScalarApiReference(options => options.WithTitle("Child protection case management API")), open);
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteStatusOnlyAsync,
        }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = (context, report) => open || context.User.IsInRole(Roles.Admin)
                ? HealthResponseWriter.WriteAsync(context, report)
                : HealthResponseWriter.WriteStatusOnlyAsync(context, report),
        }).AllowAnonymous();
        OutboxAdminEndpoints.Map(app);
        ErrorQueueEndpoints.Map(app);
        ModuleCatalog.MapEndpoints(app);
        app.MapCaseManagementWeb();
    }
}
