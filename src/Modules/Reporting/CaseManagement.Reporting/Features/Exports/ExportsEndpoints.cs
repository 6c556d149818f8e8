using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Reporting.Features.Exports;

/// <summary><c>GET /api/reporting/reports/export</c>: the same as a file (XLSX, PDF, CSV).</summary>
internal static class ExportsEndpoints
{
    public static void Map(RouteGroupBuilder reporting)
    {
        reporting.MapGet("/reports/export", async ([AsParameters] ExportQuery query, ExportHandler handler, CancellationToken ct) =>
                await handler.ExportAsync(query, ct))
            .WithName("ExportReport").WithSummary("Xuất báo cáo (XLSX, PDF, CSV) / Export a report (XLSX, PDF, CSV)")
            .WithDescription("format: xlsx (default), pdf or csv. publication=true suppresses counts of 1 to 4 (shown as \"<5\" with their " +
                "complement) for a file to be published; by default the exact figures are exported.")
            .RequireAuthorization(Capabilities.ReportsRead).Validate<ExportQuery>()
            .ProducesProblem(StatusCodes.Status403Forbidden).Audited("reporting", "export-report");
    }
}
