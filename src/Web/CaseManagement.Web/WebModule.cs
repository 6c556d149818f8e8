using System.Text.Encodings.Web;
using System.Text.Unicode;
using CaseManagement.Web.Account;
using CaseManagement.Web.Api;
using CaseManagement.Web.Components;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.WebEncoders;

namespace CaseManagement.Web;

/// <summary>The web application for people (ADR 18): Blazor pages rendered on the server, calling the API with
/// the signed-in user's token. The Host adds it with <see cref="AddCaseManagementWeb"/> and maps it at <c>/</c>.</summary>
public static class WebModule
{
    public const string ApiClient = "api";

    public static IServiceCollection AddCaseManagementWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddRazorComponents();
        // Vietnamese letters go out as letters, not as numeric entities (a page would weigh a third more).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddWebAuthentication(configuration, environment);
        services.AddSingleton<ApiAddress>();
        services.AddTransient<UserTokenHandler>();
        services.AddSingleton<ReferenceDataCache>();
        AddApi<IdentityApi>(services);
        AddApi<WorkApi>(services);
        AddApi<CasesApi>(services);
        AddApi<IntakeApi>(services);
        AddApi<StepsApi>(services);
        AddApi<DirectoryApi>(services);
        AddApi<SupportApi>(services);
        AddApi<DocumentsApi>(services);
        AddApi<PoliceApi>(services);
        AddApi<ProviderApi>(services);
        AddApi<ReportingApi>(services);
        AddApi<AdminApi>(services);
        services.AddScoped<CurrentPerson>();
        services.AddScoped<Components.Pages.Steps.StepContexts>();
        services.AddScoped<Components.Pages.Steps.StepOptions>();
        services.AddScoped<Components.Pages.Record.PlaceNames>();
        return services;
    }

    public static IEndpointRouteBuilder MapCaseManagementWeb(this IEndpointRouteBuilder app)
    {
        // The stylesheet, the scripts and Blazor's own script are public, fingerprinted and compressed at build time.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().RequireAuthorization(WebAuthentication.Policy);
        AccountEndpoints.Map(app);
        Components.Pages.Record.DocumentDownload.Map(app);
        Pwa.WebAppManifest.Map(app);
        Pwa.ServiceWorker.Map(app);
        Components.Pages.Intake.OutboxSending.Map(app);
        Components.Pages.Notifications.NoticeActions.Map(app);
        Components.Pages.Manager.ReportExport.Map(app);
        Components.Pages.Admin.UserActions.Map(app);
        Components.Pages.Intake.KnownChildren.Map(app);
        return app;
    }

    private static void AddApi<TClient>(IServiceCollection services)
        where TClient : class =>
        services.AddHttpClient<TClient>((provider, http) =>
            {
                http.BaseAddress = provider.GetRequiredService<ApiAddress>().Value;
                http.Timeout = TimeSpan.FromSeconds(30);
            })
            .AddHttpMessageHandler<UserTokenHandler>();
}
