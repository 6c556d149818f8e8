using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.SupportInterventions.Contracts;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.Reviews;

/// <summary>
/// Records the review of an approved plan (Mẫu 06) and closes the plan. Cases takes the published
/// recommendation: closure proposed to the chair, or back to planning for a new cycle.
/// </summary>
internal sealed class ReviewsHandler(SupportUnitOfWork work, CaseTexts texts, TimeProvider clock)
{
    public async Task<ReviewResponse> ReviewAsync(Guid planId, ReviewRequest request, CancellationToken ct)
    {
        var plan = await work.FindPlanAsync(planId, request.Version, ct);
        var subject = await work.FindCaseForAsync(plan.CaseId, SupportAction.Review, ct);
        // Reviewed on its day, after the approval of the plan it reviews.
        var approvedAt = plan.Decisions.Where(d => d.Decision == PlanDecisionKind.Approved).Select(d => d.DecidedAt).DefaultIfEmpty(subject.StatusAt).Max();
        var reviewedOn = RequestValues.ParseDate(request.ReviewedOn)!.Value;
        var author = work.ActorAt(StepTime.OfDay(reviewedOn, approvedAt, clock), approvedAt, "reviewedOn");
        var review = PlanReview.Complete(subject, plan, Findings(request, plan.CaseId), author);
        work.Db.Reviews.Add(review);
        var approved = plan.Versions.Single(v => v.Number == plan.ApprovedVersion);
        var actualCost = await work.Db.Referrals.Where(r => r.PlanId == plan.Id && r.ActualCostVnd != null).SumAsync(r => r.ActualCostVnd!.Value, ct);
        await work.SaveAsync(
            [
                new SupportPlanClosed(plan.Id, plan.CaseId, plan.UnitCode, plan.Cycle, approved.Number, approved.EstimatedCostVnd, actualCost, author.At, author.RecordedAt),
                new ReviewCompleted(review.Id, review.CaseId, review.UnitCode, review.Recommendation, author.UserId, author.At, author.RecordedAt, author.UserName),
            ],
            author.RecordedAt, ct);
        return ToResponse(review);
    }

    public async Task<IReadOnlyList<ReviewResponse>> OfCaseAsync(Guid caseId, CancellationToken ct)
    {
        await work.FindCaseAsync(caseId, ct);
        var reviews = await work.Db.Reviews.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.PlanCycle).ToListAsync(ct);
        return [.. reviews.Select(ToResponse)];
    }

    private ReviewFindings Findings(ReviewRequest r, Guid caseId) => new(
        RequestValues.ParseDate(r.ReviewedOn)!.Value, Level(r.HarmStillSerious), Level(r.AbuserCanReachChild), Level(r.CareObstacles), Level(r.ChildCapacity),
        RequestValues.ParseCode<ReviewRecommendation>(r.Recommendation)!.Value, texts.Seal(r.Findings!.Trim(), caseId),
        texts.SealOptional(r.Participants?.Trim(), caseId));

    private static RiskLevel Level(string? code) => RequestValues.ParseCode<RiskLevel>(code)!.Value;

    private ReviewResponse ToResponse(PlanReview r) => new(
        r.Id, r.CaseId, r.PlanId, r.PlanCycle, r.ReviewedOn, r.HarmStillSerious.ToString(), r.AbuserCanReachChild.ToString(), r.CareObstacles.ToString(),
        r.ChildCapacity.ToString(), r.Recommendation.ToString(), SupportText.NameOf(r.Recommendation), texts.Open(r.FindingsSealed, r.CaseId),
        texts.OpenOptional(r.ParticipantsSealed, r.CaseId), r.ReviewedBy, r.RecordedAt);
}
