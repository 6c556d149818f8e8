using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.SupportInterventions.Features.Reviews;

/// <summary>The review after a plan (Mẫu 06).</summary>
internal static class ReviewEndpoints
{
    public static void Map(RouteGroupBuilder support)
    {
        support.MapPost("/plans/{id:guid}/review", async (Guid id, ReviewRequest request, ReviewsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ReviewAsync(id, request, ct)))
            .WithName("ReviewPlan").WithSummary("Rà soát, đánh giá sau kế hoạch (Mẫu 06) / Review the plan (form 06)")
            .RequireAuthorization(Capabilities.CasesWrite).Validate<ReviewRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "review-plan", "id");
        support.MapGet("/cases/{id:guid}/reviews", async (Guid id, ReviewsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.OfCaseAsync(id, ct)))
            .WithName("CaseReviews").WithSummary("Các lần rà soát của hồ sơ / A case's reviews").RequireAuthorization(Capabilities.CasesRead)
            .ProducesProblem(StatusCodes.Status404NotFound).Audited("support", "read-reviews", "id");
    }
}
