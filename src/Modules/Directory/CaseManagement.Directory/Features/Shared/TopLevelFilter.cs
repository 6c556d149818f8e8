using CaseManagement.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Directory.Features.Shared;

/// <summary>Refuses a province-wide change (<see cref="TopLevelUnitAttribute"/>) to a caller below the top of
/// the tree before anything else of the request is looked at.</summary>
internal sealed class TopLevelFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        await context.HttpContext.RequestServices.GetRequiredService<AdministrationArea>().RequireTopLevelAsync(context.HttpContext.RequestAborted);
        return await next(context);
    }
}

internal static class TopLevelEndpoints
{
    /// <summary>Only for the province's (or the system's) administrator: call before <c>Validate</c>.</summary>
    public static RouteHandlerBuilder ForProvince(this RouteHandlerBuilder builder) =>
        builder.ForTopLevelUnit().AddEndpointFilter<TopLevelFilter>();
}
