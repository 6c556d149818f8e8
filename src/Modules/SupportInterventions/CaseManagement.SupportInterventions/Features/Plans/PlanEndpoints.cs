using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.SupportInterventions.Features.Plans;

/// <summary>Support plans: drafted, rewritten, submitted, decided by the chair, revised; every version kept.</summary>
internal static class PlanEndpoints
{
    public static void Map(RouteGroupBuilder support)
    {
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
    }
}
