using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Serilog.Context;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>Takes the caller's X-Correlation-Id (or makes one), echoes it, and puts it in every
/// log line and outbox row written while the request runs.</summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    private const int MaxLength = 100;

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[CorrelationContext.HeaderName].ToString();
        var correlationId = IsAcceptable(incoming) ? incoming : Guid.NewGuid().ToString();
        CorrelationContext.Current = correlationId;
        Activity.Current?.SetTag("correlation.id", correlationId);
        // Set as the response starts: the exception handler clears headers set earlier.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CorrelationContext.HeaderName] = correlationId;
            return Task.CompletedTask;
        });
        using (LogContext.PushProperty("CorrelationId", correlationId))
        {
            await next(context);
        }
    }

    private static bool IsAcceptable(string value) =>
        value.Length is > 0 and <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
