using Serilog;
using Serilog.Formatting.Compact;

namespace CaseManagement.Host.Composition;

internal static class Logging
{
    /// <summary>Serilog with the correlation id on every line: readable text in Development,
    /// one JSON object per line elsewhere (<c>Logging:Format</c> = text | json).</summary>
    public static void AddCaseManagementLogging(this WebApplicationBuilder builder)
    {
        var json = builder.Configuration["Logging:Format"] is { } format
            ? string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)
            : !builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext();
            if (json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(outputTemplate:
                    "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {CorrelationId}{NewLine}{Exception}");
            }
        });
    }
}
