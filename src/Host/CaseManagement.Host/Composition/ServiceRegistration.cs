using System.Text.Json.Serialization;
using CaseManagement.BuildingBlocks;
using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Demo;
using CaseManagement.Web;

namespace CaseManagement.Host.Composition;

internal static class ServiceRegistration
{
    public static IServiceCollection AddCaseManagement(
        this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        AnchorDataFolder(configuration, environment);
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section));

        // First hosted service: the databases are ready before the bus and the dispatchers start.
        services.AddHostedService<DatabaseStartupService>();
        ModuleCatalog.AddModules(services, configuration, environment);
        services.AddCaseManagementWeb(configuration, environment);
        services.AddDemoCases(configuration, environment);
        services.AddResponseCompression(options =>
        {
            // Behind HTTPS too: the API is called with a bearer token, never with ambient credentials a page could make it send.
            options.EnableForHttps = true;
            options.MimeTypes = ["application/json", "application/problem+json"];
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddForwardedUserAddresses(configuration);
        services.AddSignInRateLimiting(configuration);
        services.AddAntiforgery();
        services.AddCaseManagementBus(configuration, ModuleCatalog.AddConsumers);
        services.AddHostedService<OutboxDispatcherService>();
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>("outbox", tags: ["ready"]);

        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            if (context.Exception is null && StatusTitles.For(context.ProblemDetails.Status ?? 0) is { } title)
            {
                context.ProblemDetails.Title = title;
            }

            if (CorrelationContext.Current is { } correlationId)
            {
                context.ProblemDetails.Extensions["correlationId"] = correlationId;
            }
        });
        services.AddLocalization();
        // A body or parameter that does not read is thrown to the one exception handler (in every environment),
        // which answers a ProblemDetails naming the field, instead of an empty 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // Above the API's own limit (RequestLimitsMiddleware), so that a long address is answered with ProblemDetails.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options =>
            options.Limits.MaxRequestLineSize = 4 * RequestLimitsMiddleware.MaxTargetLength);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.Converters.Add(new PlainTextConverter());
            options.SerializerOptions.Converters.Add(new VietnamInstantConverter());
        });
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Quản lý trường hợp bảo vệ trẻ em / Child protection case management";
                document.Info.Version = "v1";
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer<ApiSchemaTransformer>();
        });
        return services;
    }

    /// <summary>A relative SQLite data folder lives beside the Host, wherever it is started from.</summary>
    private static void AnchorDataFolder(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var key = $"{DatabaseOptions.Section}:{nameof(DatabaseOptions.DataFolder)}";
        var folder = configuration[key] ?? new DatabaseOptions().DataFolder;
        if (!Path.IsPathRooted(folder))
        {
            configuration[key] = Path.Combine(environment.ContentRootPath, folder);
        }
    }
}

/// <summary>Bound from <c>Demo</c>: the embedded default loads demo data; production never does.</summary>
internal sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}
