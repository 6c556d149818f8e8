using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.SupportInterventions.Features.Monitoring;

/// <summary>Monitoring visits and calls.</summary>
internal static class MonitoringEndpoints
{
    public static void Map(RouteGroupBuilder support)
    {
        support.MapGet("/cases/{id:guid}/monitoring", async (Guid id, MonitoringHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.OfCaseAsync(id, ct)))
            .WithName("CaseMonitoring").WithSummary("Theo dõi trẻ em / Monitoring of the child")
            .RequireAuthorization(Capabilities.CasesRead).ProducesProblem(StatusCodes.Status404NotFound).Audited("support", "read-monitoring", "id");
        support.MapPost("/cases/{id:guid}/monitoring", async (Guid id, MonitoringRequest request, MonitoringHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.RecordAsync(id, request, ct)))
            .WithName("RecordMonitoring").WithSummary("Ghi nhận theo dõi, thăm trẻ / Record a visit or call")
            .RequireAuthorization(Capabilities.CasesWrite).Validate<MonitoringRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "record-monitoring", "id");
    }
}
