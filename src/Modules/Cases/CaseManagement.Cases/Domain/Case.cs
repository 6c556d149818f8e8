using CaseManagement.Cases.Contracts;

namespace CaseManagement.Cases.Domain;

/// <summary>
/// A case: one incident concerning one or more children, carried step by step along Decree 56 by
/// the commune it belongs to. Every change goes through a method here, is checked against
/// <see cref="CaseProcedure"/>, leaves a timeline entry with who and when, and bumps
/// <see cref="Version"/> (optimistic concurrency).
/// </summary>
public sealed class Case
{
    private readonly List<CaseChild> children = [];
    private readonly List<IntakeReport> reports = [];
    private readonly List<TimelineEntry> timeline = [];
    private readonly List<StepTransition> transitions = [];

    private Case()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Readable number, unique per commune and year: <c>21484-2026-0007</c>.</summary>
    public string Number { get; private set; } = "";

    /// <summary>The commune the case belongs to now.</summary>
    public string UnitCode { get; private set; } = "";

    public CaseStatus Status { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>When the case was last changed (typed in).</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When its latest step happened: a step recorded later may not be earlier than this.</summary>
    public DateTimeOffset StepAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public Guid? AssignedUserId { get; private set; }

    public Incident Incident { get; private set; } = null!;

    public InitialAssessment? InitialAssessment { get; private set; }

    public SpecificAssessment? SpecificAssessment { get; private set; }

    public CaseConference? Conference { get; private set; }

    public ClosureRecord? Closure { get; private set; }

    /// <summary>The commune the case is offered to, until it accepts or declines. Kept as three columns of the case (not a
    /// complex value) so that the work lists find a commune's offers by an index among a province's million cases.</summary>
    public PendingTransfer? PendingTransfer
    {
        get => TransferToUnitCode is null ? null : new PendingTransfer(TransferToUnitCode, TransferRequestedBy ?? "", TransferRequestedAt ?? default);
        private set => (TransferToUnitCode, TransferRequestedBy, TransferRequestedAt) = (value?.ToUnitCode, value?.RequestedBy, value?.RequestedAt);
    }

    public string? TransferToUnitCode { get; private set; }

    public string? TransferRequestedBy { get; private set; }

    public DateTimeOffset? TransferRequestedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<CaseChild> Children => children;

    public IReadOnlyList<IntakeReport> Reports => reports;

    /// <summary>Entries added by this unit of work (the saved ones are read separately).</summary>
    public IReadOnlyList<TimelineEntry> Timeline => timeline;

    /// <summary>The steps this unit of work moved the case through, for the status events.</summary>
    public IReadOnlyList<StepTransition> Transitions => transitions;

    /// <summary>Hands over the transitions made so far and forgets them, so that a case changed by
    /// several messages in one unit of work reports each transition once.</summary>
    public IReadOnlyList<StepTransition> TakeTransitions()
    {
        var taken = transitions.ToList();
        transitions.Clear();
        return taken;
    }

    public IReadOnlyList<CaseAction> AllowedActions =>
        PendingTransfer is null ? CaseProcedure.AllowedIn(Status) : [];

    public static Case Open(
        Guid id, string number, string unitCode, Incident incident, IntakeReport report, IEnumerable<CaseChild> children, Actor actor)
    {
        var opened = new Case
        {
            Id = id, Number = number, UnitCode = unitCode, Status = CaseStatus.Reported, ReceivedAt = report.ReceivedAt,
            Incident = incident, UpdatedAt = actor.RecordedAt, StepAt = report.ReceivedAt, Version = 1,
        };
        opened.children.AddRange(children);
        if (opened.children.Count == 0)
        {
            throw new CaseRuleException("case.child_required");
        }

        opened.reports.Add(report);
        opened.Record(actor.HappenedAt(report.ReceivedAt), "reported", report.Channel.ToString()); // On the timeline when it was received.
        return opened;
    }

    /// <summary>Gives a case being opened its number, once the commune's counter has given it; a case opened again
    /// after a failed write gets the number of that write.</summary>
    public void Numbered(string number)
    {
        if (Version != 1 || Status != CaseStatus.Reported)
        {
            throw new InvalidOperationException("Only a case being opened is numbered.");
        }

        Number = number;
    }

    /// <summary>Another report of the same incident: kept beside the first, the case goes on.</summary>
    public void MergeReport(IntakeReport report, Actor actor)
    {
        RequireOpen();
        reports.Add(report);
        Touch(actor.HappenedAt(report.ReceivedAt), "report-merged", report.Channel.ToString());
    }

    /// <summary>Adds a child (a sibling) to the case.</summary>
    public void AddChild(CaseChild child, Actor actor)
    {
        RequireOpen();
        if (children.All(c => c.ChildId != child.ChildId))
        {
            children.Add(child);
            Touch(actor, "child-added", null);
        }
    }

    public void StartVerification(Actor actor) => Fire(CaseAction.StartVerification, actor, null);

    /// <summary>The outcome of verification: confirmed goes on to the initial assessment; not
    /// confirmed closes the case as unfounded; another commune's case waits for that commune.</summary>
    public void RecordVerification(VerificationOutcome outcome, string? otherUnitCode, Actor actor)
    {
        switch (outcome)
        {
            case VerificationOutcome.Confirmed:
                Fire(CaseAction.Confirm, actor, "confirmed");
                break;
            case VerificationOutcome.NotConfirmed:
                Closure = new ClosureRecord(ClosureReasons.Unfounded, null, actor.UserId, actor.At, Status, actor.UserId, actor.At, true);
                Fire(CaseAction.RejectAsUnfounded, actor, "not-confirmed");
                ClosedAt = actor.At;
                break;
            default:
                Guard(CaseAction.Confirm);
                RequestTransfer(otherUnitCode ?? throw new CaseRuleException("case.transfer_unit_required"), actor);
                break;
        }
    }

    public void RecordInitialAssessment(InitialAssessment assessment, Actor actor)
    {
        Fire(assessment.EmergencyNeeded ? CaseAction.AssessWithEmergency : CaseAction.AssessWithoutEmergency, actor,
            $"harm={assessment.Harm};risk={assessment.Risk}");
        InitialAssessment = assessment;
    }

    public void CompleteEmergency(Actor actor) => Fire(CaseAction.CompleteEmergency, actor, null);

    public void RecordSpecificAssessment(SpecificAssessment assessment, Actor actor)
    {
        Fire(CaseAction.RecordSpecificAssessment, actor, assessment.Needs);
        SpecificAssessment = assessment;
    }

    public void RecordConference(CaseConference conference, Actor actor)
    {
        Fire(CaseAction.HoldConference, actor, conference.NeedsAgreed);
        Conference = conference;
    }

    public void ApprovePlan(Actor actor, string? detail = null) => Fire(CaseAction.ApprovePlan, actor, detail);

    /// <summary>A step of another module that leaves the case at its step (a plan sent back, a revised plan
    /// approved during support): on the case's timeline only.</summary>
    public void Note(string action, string? detail, Actor actor)
    {
        RequireOpen();
        Touch(actor, action, detail);
    }

    public void StartReview(Actor actor) => Fire(CaseAction.StartReview, actor, null);

    public void StartNewPlanCycle(Actor actor) => Fire(CaseAction.StartNewPlanCycle, actor, null);

    /// <summary>The social worker proposes closure with a reason; "safe and stable" only after a review.</summary>
    public void ProposeClosure(string reasonCode, bool reasonNeedsReview, string? noteSealed, Actor actor)
    {
        Guard(CaseAction.ProposeClosure);
        if (reasonNeedsReview && Status != CaseStatus.Review)
        {
            throw new CaseRuleException("case.closure_needs_review", reasonCode);
        }

        var from = Status;
        Fire(CaseAction.ProposeClosure, actor, reasonCode);
        Closure = new ClosureRecord(reasonCode, noteSealed, actor.UserId, actor.At, from);
    }

    /// <summary>The commune chair approves the proposed closure, or refuses it and the case goes back.</summary>
    public void DecideClosure(bool approve, Actor actor)
    {
        Fire(approve ? CaseAction.ApproveClosure : CaseAction.RejectClosure, actor, approve ? Closure!.ReasonCode : "refused");
        Closure = Closure! with { DecidedBy = actor.UserId, DecidedAt = actor.At, Approved = approve };
        ClosedAt = approve ? actor.At : null;
    }

    public void Reopen(string reasonCode, Actor actor)
    {
        Fire(CaseAction.Reopen, actor, reasonCode);
        ClosedAt = null;
    }

    public void Assign(Guid? userId, Actor actor)
    {
        RequireOpen();
        AssignedUserId = userId;
        Touch(actor, "assigned", userId?.ToString());
    }

    public void Reclassify(Incident incident, Actor actor)
    {
        RequireOpen();
        Incident = incident;
        Touch(actor, "reclassified", incident.Kind.ToString());
    }

    /// <summary>Asks another commune to take the case over; the case waits until it accepts.</summary>
    public void RequestTransfer(string toUnitCode, Actor actor)
    {
        RequireOpen();
        if (toUnitCode == UnitCode)
        {
            throw new CaseRuleException("case.transfer_same_unit");
        }

        PendingTransfer = new PendingTransfer(toUnitCode, actor.UserId, actor.At);
        Touch(actor, "transfer-requested", toUnitCode);
    }

    /// <summary>The receiving commune accepts: the case is theirs, with its history and number.</summary>
    public string AcceptTransfer(Actor actor)
    {
        var transfer = PendingTransfer ?? throw new CaseRuleException("case.no_pending_transfer");
        var from = UnitCode;
        UnitCode = transfer.ToUnitCode;
        PendingTransfer = null;
        AssignedUserId = null;
        Touch(actor, "transfer-accepted", from + "→" + UnitCode);
        return from;
    }

    /// <summary>The receiving commune declines: the case stays where it was, with the reason on its timeline.</summary>
    public void DeclineTransfer(TransferDeclineReason reason, Actor actor)
    {
        var transfer = PendingTransfer ?? throw new CaseRuleException("case.no_pending_transfer");
        PendingTransfer = null;
        Touch(actor, "transfer-declined", $"{transfer.ToUnitCode}:{reason}");
    }

    public void CancelTransfer(Actor actor)
    {
        _ = PendingTransfer ?? throw new CaseRuleException("case.no_pending_transfer");
        PendingTransfer = null;
        Touch(actor, "transfer-cancelled", null);
    }

    private void Fire(CaseAction action, Actor actor, string? detail)
    {
        Guard(action);
        var from = Status;
        var machine = CaseProcedure.Over(() => Status, s => Status = s, () => Closure?.ProposedFrom ?? CaseStatus.Reported);
        machine.Fire(action);
        StepAt = actor.At;
        Touch(actor, ActionCodes.Of(action), detail);
        transitions.Add(new StepTransition(from, Status, Version, actor.At));
    }

    private void Guard(CaseAction action)
    {
        if (PendingTransfer is not null)
        {
            throw new CaseStateException("case.transfer_pending", PendingTransfer.ToUnitCode);
        }

        var allowed = CaseProcedure.AllowedIn(Status);
        if (!allowed.Contains(action))
        {
            throw new CaseActionNotAllowedException(Status, action, allowed);
        }
    }

    /// <summary>Changes outside the procedure's steps (a merged report, a sibling, an assignee, a new
    /// classification, a transfer) need an open case.</summary>
    public void RequireOpen()
    {
        if (!CaseProcedure.IsOpen(Status))
        {
            throw new CaseStateException("case.closed");
        }
    }

    private void Touch(Actor actor, string action, string? detail)
    {
        UpdatedAt = actor.RecordedAt;
        Version++;
        Record(actor, action, detail);
    }

    /// <summary>Steps taken at the same instant (an event that moves two steps) are kept in order a
    /// tenth of a millisecond apart, the precision every provider keeps (SQLite's is the coarsest).</summary>
    private void Record(Actor actor, string action, string? detail)
    {
        var at = timeline.Count > 0 && timeline[^1].At >= actor.At ? timeline[^1].At.AddTicks(1000) : actor.At;
        timeline.Add(TimelineEntry.For(Id, actor with { At = at }, action, Status, detail));
    }
}

/// <summary>A step the case moved through, when it happened, and the case's version after it: the order of
/// its steps, whatever the times they happened at.</summary>
public sealed record StepTransition(CaseStatus From, CaseStatus To, int Version, DateTimeOffset At);
