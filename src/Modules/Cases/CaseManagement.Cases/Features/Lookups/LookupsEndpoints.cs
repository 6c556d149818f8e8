using CaseManagement.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Cases.Features.Lookups;

/// <summary><c>GET /api/cases/lookups</c>: the code lists and deadline rules.</summary>
internal static class LookupsEndpoints
{
    public static void Map(RouteGroupBuilder cases)
    {
        cases.MapGet("/lookups", (LookupsHandler handler) => TypedResults.Ok(handler.Get()))
            .WithName("CaseLookups").WithSummary("Danh mục của hồ sơ / Case code lists").RequireAuthorization(Capabilities.CasesIntake);
    }
}
