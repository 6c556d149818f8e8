using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Cases.Features.Lookups;

/// <summary><c>GET /api/cases/lookups</c>: the code lists and deadline rules.</summary>
internal static class LookupsEndpoints
{
    public static void Map(RouteGroupBuilder cases)
    {
        cases.MapGet("/lookups", (LookupsHandler handler, HttpContext context) => Revalidated.Json(context, handler.Get()))
            .Produces<CaseLookupsResponse>()
            .WithName("CaseLookups").WithSummary("Danh mục của hồ sơ / Case code lists").RequireAuthorization(Capabilities.CasesIntake);
    }
}
