using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Reporting.Features.Closing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Reporting.Features.Closing;

/// <summary>A period's data-quality checks, and its closure and signature.</summary>
internal static class ClosingEndpoints
{
    public static void Map(RouteGroupBuilder reporting)
    {
        reporting.MapGet("/periods/{period}/checks", async (string period, [FromQuery] string? unit, ClosingHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ChecksAsync(period, unit, ct)))
            .WithName("PeriodChecks").WithSummary("Kiểm tra chất lượng số liệu trước khi khóa kỳ / Data-quality checks before closing")
            .RequireAuthorization(Capabilities.ReportsRead).ProducesProblem(StatusCodes.Status403Forbidden).Audited("reporting", "read-checks", "period");
        reporting.MapPost("/periods/{period}/closure", async (string period, ClosePeriodRequest request, ClosingHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.CloseAsync(period, request, ct)))
            .WithName("ClosePeriod").WithSummary("Khóa và ký kỳ báo cáo / Close and sign a period")
            .RequireAuthorization(Capabilities.ReportsManage).Validate<ClosePeriodRequest>()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).Audited("reporting", "close-period", "period");
    }
}
