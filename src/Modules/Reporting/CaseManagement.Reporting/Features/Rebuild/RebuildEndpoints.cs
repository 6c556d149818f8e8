using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Reporting.Features.Rebuild;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Reporting.Features.Rebuild;

/// <summary>The rebuild of every figure from the event log, and its progress.</summary>
internal static class RebuildEndpoints
{
    public static void Map(RouteGroupBuilder reporting)
    {
        reporting.MapPost("/rebuild", async (RebuildHandler handler, CancellationToken ct) =>
                TypedResults.Accepted("/api/reporting/rebuild", await handler.StartAsync(ct)))
            .WithName("RebuildReporting").WithSummary("Dựng lại số liệu từ nhật ký sự kiện / Rebuild the figures from the event log")
            .RequireAuthorization(Capabilities.SystemAdmin).Audited("reporting", "rebuild");
        reporting.MapGet("/rebuild", async (RebuildHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.ProgressAsync(ct)))
            .WithName("RebuildProgress").WithSummary("Tiến độ dựng lại số liệu / Rebuild progress")
            .RequireAuthorization(Capabilities.SystemAdmin);
    }
}
