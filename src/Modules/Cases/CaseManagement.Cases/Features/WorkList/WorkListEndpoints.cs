using CaseManagement.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Cases.Features.WorkList;

/// <summary><c>GET /api/cases/work-list</c>: what is due next.</summary>
internal static class WorkListEndpoints
{
    public static void Map(RouteGroupBuilder cases)
    {
        cases.MapGet("/work-list", async (WorkListHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(ct)))
            .WithName("WorkList").WithSummary("Việc cần làm tiếp / What is due next").RequireAuthorization(Capabilities.CasesList)
            .Audited("case", "work-list");
    }
}
