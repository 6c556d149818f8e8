using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CaseManagement.BuildingBlocks.Security;

/// <summary>Marks an endpoint whose every call is written to the audit trail: the resource type,
/// the action, and the route value that names the resource.</summary>
public sealed record AuditedAttribute(string ResourceType, string Action, string? ResourceRouteValue);

public static class AuditedEndpointExtensions
{
    public static TBuilder Audited<TBuilder>(this TBuilder builder, string resourceType, string action, string? resourceRouteValue = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuditedAttribute(resourceType, action, resourceRouteValue));
}

/// <summary>Records every call of an audited endpoint once its outcome is known, including calls
/// refused by authorization and calls that failed. Sits outside the exception handler, so the
/// status it sees is the one the caller got. The exception handler clears the endpoint and route
/// values before it writes the problem, so <see cref="Capture"/> (right after routing) keeps what
/// the audit needs in the request's items.</summary>
public sealed class AuditMiddleware(RequestDelegate next)
{
    private static readonly object Key = new();

    private sealed record AuditedCall(AuditedAttribute Audited, string? ResourceId);

    /// <summary>Middleware to run right after routing: notes the audited endpoint and its resource id.</summary>
    public static Task Capture(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<AuditedAttribute>() is { } audited)
        {
            var resourceId = audited.ResourceRouteValue is null ? null : context.Request.RouteValues[audited.ResourceRouteValue]?.ToString();
            context.Items[Key] = new AuditedCall(audited, resourceId);
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
            if (context.Items[Key] is AuditedCall(var audited, var resourceId))
            {
                var status = context.Response.StatusCode;
                await auditTrail.RecordAsync(
                    new AuditRecord(audited.Action, audited.ResourceType, resourceId, AuditOutcomes.ForStatus(status), status),
                    CancellationToken.None);
            }
        }
    }
}
