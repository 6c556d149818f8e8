using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace CaseManagement.BuildingBlocks.Security;

/// <summary>
/// Records every call of an audited endpoint once its outcome is known, including calls refused by
/// authorization and calls that failed, and before any byte of the answer leaves: the answer is held
/// until its entry is written. A read whose entry cannot be written is not served (503, privacy
/// first); a write's answer is sent as it is, so the caller learns what happened, and the entry is
/// logged as critical. Sits outside the exception handler, so the status it records is the one the
/// caller gets. The exception handler clears the endpoint and route values before it writes the
/// problem, so <see cref="Capture"/> (right after routing) keeps what the audit needs in the items.
/// </summary>
public sealed partial class AuditMiddleware(RequestDelegate next, IProblemDetailsService problemDetails, ILogger<AuditMiddleware> logger)
{
    private static readonly object Key = new();
    private static readonly object CreatedKey = new();

    /// <summary>Names the record a call created or joined (a new case, a report merged into one), which its route
    /// cannot name: its audit entry then belongs to that record's history.</summary>
    public static void NameResource(HttpContext context, object id) => context.Items[CreatedKey] = id.ToString();

    private sealed record AuditedCall(AuditedAttribute Audited, string? ResourceId, IHttpResponseBodyFeature Body, MemoryStream Held);

    /// <summary>Middleware to run right after routing: notes the audited endpoint and its resource id, and
    /// holds the answer back from the client until the entry is written.</summary>
    public static Task Capture(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<AuditedAttribute>() is { } audited)
        {
            var resourceId = audited.ResourceRouteValue is null ? null : context.Request.RouteValues[audited.ResourceRouteValue]?.ToString();
            var held = new MemoryStream();
            context.Items[Key] = new AuditedCall(audited, resourceId, context.Features.Get<IHttpResponseBodyFeature>()!, held);
            context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(held));
        }

        return next(context);
    }

    public async Task InvokeAsync(HttpContext context, IAuditTrail auditTrail)
    {
        try
        {
            await next(context);
        }
        finally
        {
            if (context.Items[Key] is AuditedCall call)
            {
                await using (call.Held)
                {
                    context.Features.Set(call.Body);
                    await RecordThenAnswerAsync(context, auditTrail, call);
                }
            }
        }
    }

    private async Task RecordThenAnswerAsync(HttpContext context, IAuditTrail auditTrail, AuditedCall call)
    {
        var status = context.Response.StatusCode;
        var resourceId = call.ResourceId ?? context.Items[CreatedKey] as string;
        var record = new AuditRecord(call.Audited.Action, call.Audited.ResourceType, resourceId, AuditOutcomes.ForStatus(status), status);
        try
        {
            await auditTrail.RecordAsync(record, CancellationToken.None);
        }
        catch (Exception error) when (!context.Response.HasStarted)
        {
            LogAuditLost(logger, error, record.Action, record.ResourceType, record.ResourceId, status, context.Request.Method, context.Request.Path);
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                await RefuseAsync(context);
                return;
            }
        }

        if (call.Held.Length > 0 && context.Response.ContentLength is null)
        {
            context.Response.ContentLength = call.Held.Length;
        }

        call.Held.Position = 0;
        try
        {
            await call.Held.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
        catch (Exception) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away after the work and its audit entry were done: nobody is left to answer.
        }
    }

    private async Task RefuseAsync(HttpContext context)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = ProblemDetailsExceptionHandler.RetryAfterSeconds;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ProblemDetailsExceptionHandler.Unavailable(ErrorText.Messages["Problem.AuditUnavailable.Detail"]),
        });
    }

    [LoggerMessage(Level = LogLevel.Critical,
        Message = "Audit entry not written: {Action} {ResourceType} {ResourceId} ({Status}) for {Method} {Path}")]
    private static partial void LogAuditLost(
        ILogger logger, Exception exception, string action, string resourceType, string? resourceId, int status, string method, string path);
}
