using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Reporting.Features.Closing;
using CaseManagement.Reporting.Features.Rebuild;
using CaseManagement.Reporting.Features.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Reporting.Features;

/// <summary><c>/api/reporting</c>: indicator reports, period closing, exports, dashboards, rounds and the rebuild.</summary>
internal static class ReportingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var reporting = app.MapGroup("/api/reporting").WithTags("Reporting");
        reporting.MapGet("/reports", async ([AsParameters] ReportQuery query, ReportHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.GetAsync(query, ct)))
            .WithName("GetReport").WithSummary("Báo cáo chỉ tiêu của đơn vị theo kỳ / A unit's indicators for a period")
            .RequireAuthorization(Capabilities.ReportsRead).Validate<ReportQuery>()
            .ProducesProblem(StatusCodes.Status403Forbidden).Audited("reporting", "read-report");
        reporting.MapGet("/reports/export", async ([AsParameters] Exports.ExportQuery query, Exports.ExportHandler handler, CancellationToken ct) =>
                await handler.ExportAsync(query, ct))
            .WithName("ExportReport").WithSummary("Xuất báo cáo (XLSX, PDF, CSV) / Export a report (XLSX, PDF, CSV)")
            .WithDescription("format: xlsx (default), pdf or csv. publication=true suppresses counts of 1 to 4 (shown as \"<5\" with their " +
                "complement) for a file to be published; by default the exact figures are exported.")
            .RequireAuthorization(Capabilities.ReportsRead).Validate<Exports.ExportQuery>()
            .ProducesProblem(StatusCodes.Status403Forbidden).Audited("reporting", "export-report");
        reporting.MapGet("/dashboard", async ([AsParameters] Dashboard.DashboardQuery query, Dashboard.DashboardHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.GetAsync(query, ct)))
            .WithName("ReportingDashboard").WithSummary("Bảng điều khiển số liệu / Dashboard figures")
            .RequireAuthorization(Capabilities.ReportsRead).Validate<Dashboard.DashboardQuery>()
            .ProducesProblem(StatusCodes.Status403Forbidden).Audited("reporting", "dashboard");
        reporting.MapGet("/periods/{period}/checks", async (string period, [FromQuery] string? unit, ClosingHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ChecksAsync(period, unit, ct)))
            .WithName("PeriodChecks").WithSummary("Kiểm tra chất lượng số liệu trước khi khóa kỳ / Data-quality checks before closing")
            .RequireAuthorization(Capabilities.ReportsRead).ProducesProblem(StatusCodes.Status403Forbidden).Audited("reporting", "read-checks", "period");
        reporting.MapPost("/periods/{period}/closure", async (string period, ClosePeriodRequest request, ClosingHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.CloseAsync(period, request, ct)))
            .WithName("ClosePeriod").WithSummary("Khóa và ký kỳ báo cáo / Close and sign a period")
            .RequireAuthorization(Capabilities.ReportsManage).Validate<ClosePeriodRequest>()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).Audited("reporting", "close-period", "period");
        reporting.MapPost("/rebuild", async (RebuildHandler handler, CancellationToken ct) =>
                TypedResults.Accepted("/api/reporting/rebuild", await handler.StartAsync(ct)))
            .WithName("RebuildReporting").WithSummary("Dựng lại số liệu từ nhật ký sự kiện / Rebuild the figures from the event log")
            .RequireAuthorization(Capabilities.SystemAdmin).Audited("reporting", "rebuild");
        reporting.MapGet("/rebuild", async (RebuildHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.ProgressAsync(ct)))
            .WithName("RebuildProgress").WithSummary("Tiến độ dựng lại số liệu / Rebuild progress")
            .RequireAuthorization(Capabilities.SystemAdmin);
        Rounds.RoundsEndpoints.Map(app);
    }
}
