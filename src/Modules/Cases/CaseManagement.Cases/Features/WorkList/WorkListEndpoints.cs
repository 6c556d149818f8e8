using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Cases.Features.WorkList;

/// <summary><c>GET /api/cases/work-list?page=&amp;pageSize=</c>: what is due next, a page at a time.</summary>
internal static class WorkListEndpoints
{
    public static void Map(RouteGroupBuilder cases)
    {
        cases.MapGet("/work-list", async ([AsParameters] WorkListQuery query, WorkListHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.GetAsync(query, ct)))
            .WithName("WorkList").WithSummary("Việc cần làm tiếp / What is due next").RequireAuthorization(Capabilities.CasesList).ProducesValidationProblem()
            .Audited("case", "work-list");
    }
}
