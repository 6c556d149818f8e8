using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.SupportInterventions.Features.Separations;

/// <summary>Temporary separations, decided, extended and ended by the chair.</summary>
internal static class SeparationEndpoints
{
    public static void Map(RouteGroupBuilder support)
    {
        support.MapGet("/cases/{id:guid}/separations", async (Guid id, SeparationsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.OfCaseAsync(id, ct)))
            .WithName("CaseSeparations").WithSummary("Các quyết định tạm thời cách ly / A case's temporary separations")
            .RequireAuthorization(Capabilities.CasesRead).ProducesProblem(StatusCodes.Status404NotFound).Audited("support", "read-separations", "id");
        support.MapPost("/cases/{id:guid}/separations", async (Guid id, SeparationRequest request, SeparationsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.DecideAsync(id, request, ct)))
            .WithName("DecideSeparation").WithSummary("Quyết định tạm thời cách ly (Mẫu 07) / Decide a temporary separation (form 07)")
            .RequireAuthorization(Capabilities.CasesDecide).Validate<SeparationRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "separate", "id");
        support.MapPost("/separations/{id:guid}/extension", async (Guid id, ExtensionRequest request, SeparationsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ExtendAsync(id, request, ct)))
            .WithName("ExtendSeparation").WithSummary("Gia hạn tạm thời cách ly / Record an extension")
            .RequireAuthorization(Capabilities.CasesDecide).Validate<ExtensionRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "extend-separation", "id");
        support.MapPost("/separations/{id:guid}/end", async (Guid id, EndSeparationRequest request, SeparationsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.EndAsync(id, request, ct)))
            .WithName("EndSeparation").WithSummary("Chấm dứt tạm thời cách ly / End a temporary separation")
            .RequireAuthorization(Capabilities.CasesDecide).Validate<EndSeparationRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "end-separation", "id");
    }
}
