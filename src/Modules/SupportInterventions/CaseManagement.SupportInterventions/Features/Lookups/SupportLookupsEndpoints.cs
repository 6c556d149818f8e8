using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.SupportInterventions.Features.Lookups;

/// <summary><c>GET /api/support/lookups</c>: the support code lists.</summary>
internal static class SupportLookupsEndpoints
{
    public static void Map(RouteGroupBuilder support)
    {
        support.MapGet("/lookups", (SupportLookupsHandler handler, HttpContext context) => Revalidated.Json(context, handler.Get()))
            .Produces<SupportLookupsResponse>()
            .WithName("SupportLookups").WithSummary("Danh mục hỗ trợ, can thiệp / Support code lists")
            .RequireAuthorization(Capabilities.DirectoryRead); // Reference data, as the Directory: every signed-in user, providers included.
    }
}
