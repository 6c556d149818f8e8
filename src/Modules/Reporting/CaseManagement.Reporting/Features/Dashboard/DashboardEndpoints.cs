using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Reporting.Features.Dashboard;

/// <summary><c>GET /api/reporting/dashboard</c>: a unit's figures at a glance.</summary>
internal static class DashboardEndpoints
{
    public static void Map(RouteGroupBuilder reporting)
    {
        reporting.MapGet("/dashboard", async ([AsParameters] DashboardQuery query, DashboardHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.GetAsync(query, ct)))
            .WithName("ReportingDashboard").WithSummary("Bảng điều khiển số liệu / Dashboard figures")
            .RequireAuthorization(Capabilities.ReportsRead).Validate<DashboardQuery>()
            .ProducesProblem(StatusCodes.Status403Forbidden).Audited("reporting", "dashboard");
    }
}
