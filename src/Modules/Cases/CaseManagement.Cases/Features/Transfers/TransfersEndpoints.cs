using CaseManagement.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Cases.Features.Transfers;

/// <summary><c>GET /api/cases/{id}/transfer</c>: a case offered to the caller's commune (accepted or declined among the steps).</summary>
internal static class TransfersEndpoints
{
    public static void Map(RouteGroupBuilder cases)
    {
        cases.MapGet("/{id:guid}/transfer", async (Guid id, IncomingTransferHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("IncomingTransfer").WithSummary("Hồ sơ được đề nghị chuyển đến / A case offered to my commune")
            .RequireAuthorization(Capabilities.CasesWrite).ProducesProblem(StatusCodes.Status404NotFound).Audited("case", "read-transfer", "id");
    }
}
