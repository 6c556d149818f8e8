using CaseManagement.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.SupportInterventions.Features.WorkList;

/// <summary><c>GET /api/support/work-list</c>: support work due next.</summary>
internal static class SupportWorkListEndpoints
{
    public static void Map(RouteGroupBuilder support)
    {
        support.MapGet("/work-list", async (SupportWorkListHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(ct)))
            .WithName("SupportWorkList").WithSummary("Việc hỗ trợ, can thiệp sắp đến hạn / Support work due next")
            .RequireAuthorization(Capabilities.CasesList).Audited("support", "work-list");
    }
}
