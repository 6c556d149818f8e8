using CaseManagement.Cases.Contracts;

namespace CaseManagement.SupportInterventions.Domain;

/// <summary>
/// A case's support and intervention plan for one cycle (D56 arts. 28–29): drafted by the social worker
/// (Mẫu 04), submitted, then approved or sent back by the commune chair (Mẫu 05). A returned version is
/// written again and resubmitted; an approved plan that must change gets a new version that needs
/// approval again. Every version and every decision is kept.
/// </summary>
public sealed class SupportPlan
{
    private readonly List<PlanVersion> versions = [];
    private readonly List<PlanDecision> decisions = [];

    private SupportPlan()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string UnitCode { get; private set; } = "";

    /// <summary>1 for the first plan of a case, 2 after a review asked for a new cycle, …</summary>
    public int Cycle { get; private set; }

    public int CurrentVersion { get; private set; }

    public PlanStatus Status { get; private set; }

    /// <summary>The version the approved plan in force has, if any.</summary>
    public int? ApprovedVersion { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency: bumped by every change.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<PlanVersion> Versions => versions;

    public IReadOnlyList<PlanDecision> Decisions => decisions;

    public PlanVersion Current => versions.Single(v => v.Number == CurrentVersion);

    public static SupportPlan Draft(Guid id, SupportCase subject, int cycle, PlanContent content, Actor author)
    {
        if (!SupportSteps.Allows(subject.Status, SupportAction.PlanDrafting))
        {
            throw new SupportStateException("plan.case_not_planning", subject.Number);
        }

        var plan = new SupportPlan { Id = id, CaseId = subject.CaseId, UnitCode = subject.UnitCode, Cycle = cycle, CurrentVersion = 1, Status = PlanStatus.Draft };
        plan.versions.Add(PlanVersion.Draft(id, 1, content, author));
        plan.Touch(author);
        return plan;
    }

    /// <summary>Rewrites the version being drafted. A version the chair sent back stays as it was decided: its
    /// redraft is the next version.</summary>
    public void Rewrite(PlanContent content, Actor author)
    {
        Require(PlanStatus.Draft, PlanStatus.Returned);
        if (Status == PlanStatus.Returned)
        {
            NextVersion(content, author);
        }
        else
        {
            Current.Write(content, author);
        }

        Touch(author);
    }

    /// <summary>Submits the version being drafted; a returned version sent again unchanged is submitted as the next version.</summary>
    public void Submit(Actor author)
    {
        Require(PlanStatus.Draft, PlanStatus.Returned);
        if (Status == PlanStatus.Returned)
        {
            NextVersion(Current.Content(), author);
        }

        if (Current.Items.Count == 0)
        {
            throw new SupportStateException("plan.no_items");
        }

        Current.SubmittedAt = author.At;
        SetStatus(PlanStatus.Submitted);
        Touch(author);
    }

    public PlanDecision Decide(bool approve, string? decisionNumber, string? comments, Actor chair)
    {
        Require(PlanStatus.Submitted);
        var decision = PlanDecision.Record(Id, CurrentVersion, approve ? PlanDecisionKind.Approved : PlanDecisionKind.Returned, decisionNumber, comments, chair);
        decisions.Add(decision);
        if (approve)
        {
            ApprovedVersion = CurrentVersion;
        }

        SetStatus(approve ? PlanStatus.Approved : PlanStatus.Returned);
        Touch(chair);
        return decision;
    }

    /// <summary>Starts a new version from the approved one; the approved version stays in force until
    /// the new one is approved.</summary>
    public void Revise(Actor author)
    {
        Require(PlanStatus.Approved);
        NextVersion(Current.Content(), author);
        Touch(author);
    }

    private void NextVersion(PlanContent content, Actor author)
    {
        var next = PlanVersion.Draft(Id, CurrentVersion + 1, content, author);
        versions.Add(next);
        CurrentVersion = next.Number;
        Status = PlanStatus.Draft;
    }

    /// <summary>Closed by the review at its end; an approved plan with no revision pending.</summary>
    public void Close(Actor author)
    {
        Require(PlanStatus.Approved);
        Status = PlanStatus.Closed;
        Touch(author);
    }

    private void SetStatus(PlanStatus status) => (Status, Current.Status) = (status, status);

    private void Require(params PlanStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new SupportStateException("plan.step_not_allowed", Status);
        }
    }

    private void Touch(Actor actor)
    {
        UpdatedAt = actor.At;
        Version++;
    }
}
