using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.SupportInterventions.Features.WorkList;

/// <summary><c>GET /api/support/work-list?page=&amp;pageSize=</c>: support work due next, a page at a time.</summary>
internal static class SupportWorkListEndpoints
{
    public static void Map(RouteGroupBuilder support)
    {
        support.MapGet("/work-list", async ([AsParameters] WorkListQuery query, SupportWorkListHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.GetAsync(query, ct)))
            .WithName("SupportWorkList").WithSummary("Việc hỗ trợ, can thiệp sắp đến hạn / Support work due next")
            .RequireAuthorization(Capabilities.CasesList).ProducesValidationProblem().Audited("support", "work-list");
    }
}
