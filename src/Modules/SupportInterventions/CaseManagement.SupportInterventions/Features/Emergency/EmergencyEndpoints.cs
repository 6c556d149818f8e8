using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.SupportInterventions.Features.Emergency;

/// <summary>A case's emergency decision by the chair.</summary>
internal static class EmergencyEndpoints
{
    public static void Map(RouteGroupBuilder support)
    {
        support.MapGet("/cases/{id:guid}/emergency", async (Guid id, EmergencyHandler handler, CancellationToken ct) =>
                await handler.GetAsync(id, ct) is { } found ? Results.Ok(found) : Results.NoContent())
            .WithName("GetEmergency").WithSummary("Can thiệp khẩn cấp / Emergency intervention").RequireAuthorization(Capabilities.CasesRead)
            .ProducesProblem(StatusCodes.Status404NotFound).Audited("support", "read-emergency", "id");
        support.MapPost("/cases/{id:guid}/emergency", async (Guid id, EmergencyRequest request, EmergencyHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.DecideAsync(id, request, ct)))
            .WithName("DecideEmergency").WithSummary("Quyết định can thiệp khẩn cấp / Decide the emergency intervention")
            .RequireAuthorization(Capabilities.CasesDecide).Validate<EmergencyRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "emergency", "id");
    }
}
