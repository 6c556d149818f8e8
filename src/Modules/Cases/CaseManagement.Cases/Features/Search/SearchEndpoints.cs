using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Cases.Features.Search;

/// <summary><c>GET /api/cases</c>: the list inside the caller's jurisdiction.</summary>
internal static class SearchEndpoints
{
    public static void Map(RouteGroupBuilder cases)
    {
        cases.MapGet("/", async ([Microsoft.AspNetCore.Http.AsParameters] CaseSearchQuery query, SearchCasesHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.SearchAsync(query, ct)))
            .WithName("SearchCases").WithSummary("Danh sách hồ sơ / Case list").RequireAuthorization(Capabilities.CasesList)
            .Validate<CaseSearchQuery>().Audited("case", "search");
    }
}
