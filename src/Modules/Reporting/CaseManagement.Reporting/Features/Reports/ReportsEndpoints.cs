using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Reporting.Features.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Reporting.Features.Reports;

/// <summary><c>GET /api/reporting/reports</c>: a unit's indicator tables for a period.</summary>
internal static class ReportsEndpoints
{
    public static void Map(RouteGroupBuilder reporting)
    {
        reporting.MapGet("/reports", async ([AsParameters] ReportQuery query, ReportHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.GetAsync(query, ct)))
            .WithName("GetReport").WithSummary("Báo cáo chỉ tiêu của đơn vị theo kỳ / A unit's indicators for a period")
            .RequireAuthorization(Capabilities.ReportsRead).Validate<ReportQuery>()
            .ProducesProblem(StatusCodes.Status403Forbidden).Audited("reporting", "read-report");
    }
}
