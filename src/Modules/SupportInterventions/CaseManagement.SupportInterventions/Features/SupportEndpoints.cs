using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.SupportInterventions.Features.Emergency;
using CaseManagement.SupportInterventions.Features.Plans;
using CaseManagement.SupportInterventions.Features.Referrals;
using CaseManagement.SupportInterventions.Features.Reviews;
using CaseManagement.SupportInterventions.Features.Separations;
using CaseManagement.SupportInterventions.Features.Shared;
using CaseManagement.SupportInterventions.Features.WorkList;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.SupportInterventions.Features;

/// <summary><c>/api/support</c>: a case's emergency decision, support plans and their review; service
/// referrals, separations and monitoring map from their feature folders. Every call is audited.</summary>
internal static class SupportEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var support = app.MapGroup("/api/support").WithTags("Support").AddEndpointFilter<SupportRulesFilter>();
        support.MapGet("/lookups", (Lookups.SupportLookupsHandler handler) => TypedResults.Ok(handler.Get()))
            .WithName("SupportLookups").WithSummary("Danh mục hỗ trợ, can thiệp / Support code lists")
            .RequireAuthorization(Capabilities.DirectoryRead); // Reference data, as the Directory: every signed-in user, providers included.
        support.MapGet("/cases/{id:guid}/emergency", async (Guid id, EmergencyHandler handler, CancellationToken ct) =>
                await handler.GetAsync(id, ct) is { } found ? Results.Ok(found) : Results.NoContent())
            .WithName("GetEmergency").WithSummary("Can thiệp khẩn cấp / Emergency intervention").RequireAuthorization(Capabilities.CasesRead)
            .ProducesProblem(StatusCodes.Status404NotFound).Audited("support", "read-emergency", "id");
        support.MapPost("/cases/{id:guid}/emergency", async (Guid id, EmergencyRequest request, EmergencyHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.DecideAsync(id, request, ct)))
            .WithName("DecideEmergency").WithSummary("Quyết định can thiệp khẩn cấp / Decide the emergency intervention")
            .RequireAuthorization(Capabilities.CasesDecide).Validate<EmergencyRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "emergency", "id");
        support.MapGet("/cases/{id:guid}/plans", async (Guid id, PlansHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.OfCaseAsync(id, ct)))
            .WithName("CasePlans").WithSummary("Các kế hoạch của hồ sơ / A case's plans").RequireAuthorization(Capabilities.CasesRead)
            .ProducesProblem(StatusCodes.Status404NotFound).Audited("support", "read-plans", "id");
        support.MapPost("/cases/{id:guid}/plans", async (Guid id, PlanDraftRequest request, PlansHandler handler, CancellationToken ct) =>
            {
                var plan = await handler.DraftAsync(id, request, ct);
                return TypedResults.Created($"/api/support/plans/{plan.Id}", plan);
            })
            .WithName("DraftPlan").WithSummary("Xây dựng kế hoạch (Mẫu 04) / Draft a plan (form 04)")
            .RequireAuthorization(Capabilities.CasesWrite).Validate<PlanDraftRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "draft-plan", "id");
        support.MapGet("/plans/{id:guid}", async (Guid id, PlansHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("GetPlan").WithSummary("Một kế hoạch và các phiên bản / A plan and its versions").RequireAuthorization(Capabilities.CasesRead)
            .ProducesProblem(StatusCodes.Status404NotFound).Audited("support", "read-plan", "id");
        support.MapPut("/plans/{id:guid}/draft", async (Guid id, PlanDraftRequest request, PlansHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.RewriteAsync(id, request, ct)))
            .WithName("RewritePlan").WithSummary("Sửa dự thảo kế hoạch / Rewrite the draft").RequireAuthorization(Capabilities.CasesWrite)
            .Validate<PlanDraftRequest>().ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "rewrite-plan", "id");
        support.MapPost("/plans/{id:guid}/submission", async (Guid id, PlanStepRequest request, PlansHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.SubmitAsync(id, request, ct)))
            .WithName("SubmitPlan").WithSummary("Trình phê duyệt kế hoạch / Submit for approval").RequireAuthorization(Capabilities.CasesWrite)
            .Validate<PlanStepRequest>().ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "submit-plan", "id");
        support.MapPost("/plans/{id:guid}/decision", async (Guid id, PlanDecisionRequest request, PlansHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.DecideAsync(id, request, ct)))
            .WithName("DecidePlan").WithSummary("Phê duyệt hoặc trả lại kế hoạch (Mẫu 05) / Approve or return (form 05)")
            .RequireAuthorization(Capabilities.PlansApprove).Validate<PlanDecisionRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "decide-plan", "id");
        support.MapPost("/plans/{id:guid}/revision", async (Guid id, PlanStepRequest request, PlansHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ReviseAsync(id, request, ct)))
            .WithName("RevisePlan").WithSummary("Điều chỉnh kế hoạch đã duyệt / Revise an approved plan").RequireAuthorization(Capabilities.CasesWrite)
            .Validate<PlanStepRequest>().ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "revise-plan", "id");
        support.MapPost("/plans/{id:guid}/review", async (Guid id, ReviewRequest request, ReviewsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ReviewAsync(id, request, ct)))
            .WithName("ReviewPlan").WithSummary("Rà soát, đánh giá sau kế hoạch (Mẫu 06) / Review the plan (form 06)")
            .RequireAuthorization(Capabilities.CasesWrite).Validate<ReviewRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "review-plan", "id");
        support.MapGet("/cases/{id:guid}/reviews", async (Guid id, ReviewsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.OfCaseAsync(id, ct)))
            .WithName("CaseReviews").WithSummary("Các lần rà soát của hồ sơ / A case's reviews").RequireAuthorization(Capabilities.CasesRead)
            .ProducesProblem(StatusCodes.Status404NotFound).Audited("support", "read-reviews", "id");
        support.MapGet("/work-list", async (SupportWorkListHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(ct)))
            .WithName("SupportWorkList").WithSummary("Việc hỗ trợ, can thiệp sắp đến hạn / Support work due next")
            .RequireAuthorization(Capabilities.CasesList).Audited("support", "work-list");
        ReferralEndpoints.Map(support);
        SeparationEndpoints.Map(support);
    }
}
