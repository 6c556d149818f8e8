using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Cases.Features.Duplicates;

/// <summary><c>POST /api/cases/duplicate-candidates</c>: children who may already be known.</summary>
internal static class DuplicatesEndpoints
{
    public static void Map(RouteGroupBuilder cases)
    {
        cases.MapPost("/duplicate-candidates", async (DuplicateQuery query, DuplicatesHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.FindAsync(query, ct)))
            .WithName("FindDuplicateCandidates").WithSummary("Tìm trẻ em có thể trùng / Possible duplicates of a child")
            .RequireAuthorization(Capabilities.CasesDuplicates).Validate<DuplicateQuery>().Audited("case", "duplicate-check");
    }
}
