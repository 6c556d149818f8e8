using CaseManagement.Cases.Contracts;
using CaseManagement.SupportInterventions.Contracts;

namespace CaseManagement.SupportInterventions.Domain;

/// <summary>
/// The review at the end of a plan (D56 art. 30, Mẫu 06): is the harm still serious, can the abuser
/// still reach the child, are there obstacles in the care environment, and how well can the child
/// protect themself and recover, each rated High / Medium / Low; and the recommendation: close the
/// case, or draft a new plan. The reviewed plan is closed with it.
/// </summary>
public sealed class PlanReview
{
    private PlanReview()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string UnitCode { get; private set; } = "";

    public Guid PlanId { get; private set; }

    public int PlanCycle { get; private set; }

    public DateOnly ReviewedOn { get; private set; }

    public RiskLevel HarmStillSerious { get; private set; }

    public RiskLevel AbuserCanReachChild { get; private set; }

    public RiskLevel CareObstacles { get; private set; }

    public RiskLevel ChildCapacity { get; private set; }

    public ReviewRecommendation Recommendation { get; private set; }

    /// <summary>Sealed, bound to the case.</summary>
    public string FindingsSealed { get; private set; } = "";

    /// <summary>Sealed, bound to the case.</summary>
    public string? ParticipantsSealed { get; private set; }

    public string ReviewedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public static PlanReview Complete(SupportCase subject, SupportPlan plan, ReviewFindings findings, Actor author)
    {
        if (!SupportSteps.Allows(subject.Status, SupportAction.Review))
        {
            throw new SupportStateException("review.case_not_in_support", subject.Number);
        }

        if (findings.Recommendation == ReviewRecommendation.Close && (findings.HarmStillSerious == RiskLevel.High || findings.AbuserCanReachChild == RiskLevel.High))
        {
            throw new SupportStateException("review.close_while_at_risk");
        }

        plan.Close(author);
        return new PlanReview
        {
            Id = Guid.CreateVersion7(), CaseId = subject.CaseId, UnitCode = subject.UnitCode, PlanId = plan.Id, PlanCycle = plan.Cycle,
            ReviewedOn = findings.ReviewedOn, HarmStillSerious = findings.HarmStillSerious, AbuserCanReachChild = findings.AbuserCanReachChild,
            CareObstacles = findings.CareObstacles, ChildCapacity = findings.ChildCapacity, Recommendation = findings.Recommendation,
            FindingsSealed = findings.FindingsSealed, ParticipantsSealed = findings.ParticipantsSealed, ReviewedBy = author.UserName, RecordedAt = author.RecordedAt,
        };
    }
}

/// <summary>What the review found (Mẫu 06); its free text sealed, bound to the case.</summary>
public sealed record ReviewFindings(
    DateOnly ReviewedOn, RiskLevel HarmStillSerious, RiskLevel AbuserCanReachChild, RiskLevel CareObstacles, RiskLevel ChildCapacity,
    ReviewRecommendation Recommendation, string FindingsSealed, string? ParticipantsSealed);
