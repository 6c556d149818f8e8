using CaseManagement.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Cases.Features.ViewCase;

/// <summary><c>GET /api/cases/{id}</c> and its timeline.</summary>
internal static class ViewCaseEndpoints
{
    public static void Map(RouteGroupBuilder cases)
    {
        cases.MapGet("/{id:guid}", async (Guid id, ViewCaseHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("GetCase").WithSummary("Một hồ sơ / One case").RequireAuthorization(Capabilities.CasesRead)
            .ProducesProblem(StatusCodes.Status404NotFound).Audited("case", "read", "id");
        cases.MapGet("/{id:guid}/timeline", async (Guid id, ViewCaseHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.TimelineAsync(id, ct)))
            .WithName("GetCaseTimeline").WithSummary("Diễn biến hồ sơ / Case timeline").RequireAuthorization(Capabilities.CasesRead)
            .ProducesProblem(StatusCodes.Status404NotFound).Audited("case", "read-timeline", "id");
    }
}
