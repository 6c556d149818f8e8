using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Cases.Contracts;
using CaseManagement.SupportInterventions.Contracts;

namespace CaseManagement.Reporting.Domain;

/// <summary>One kind of case event Reporting keeps: the case it is about and what it changes in that case's state.</summary>
public sealed record FoldedEvent(Type Type, Func<object, Guid> CaseOf, Action<CaseState, object> Apply);

/// <summary>Folds the events Reporting keeps into a <see cref="CaseState"/>. <see cref="Events"/> is the one list
/// of the case events Reporting consumes: the log's consumer is registered from it and the projector folds
/// with it. Applying an event twice changes nothing (facts are keyed by their ids), and facts keep their own dates.</summary>
public static class CaseStateFolding
{
    public static IReadOnlyList<FoldedEvent> Events { get; } =
    [
        Fold<CaseReported>(e => e.CaseId, (state, e) =>
        {
            state.CaseId = e.CaseId;
            state.HeldBy(e.UnitCode, e.ReceivedAt);
            state.ReportedOn = VietnamTime.DateOf(e.ReceivedAt);
            Classify(state, e.Incident, e.Children);
        }),
        Fold<CaseReclassified>(e => e.CaseId, (state, e) => Classify(state, e.Incident, e.Children)),
        Fold<CaseStatusChanged>(e => e.CaseId, (state, e) =>
        {
            state.Confirmed |= e.To == CaseStatus.InitialAssessment;
            // The latest step by the case's version; its recorded time may be earlier than the step before it.
            if ((e.CaseVersion, e.OccurredAt).CompareTo((state.StatusVersion, state.StatusAt)) >= 0)
            {
                state.Status = e.To;
                state.StatusAt = e.OccurredAt;
                state.StatusVersion = e.CaseVersion;
            }
        }),
        Fold<CaseAssessed>(e => e.CaseId, (state, e) => state.EmergencyNeeded = e.EmergencyNeeded),
        Fold<CaseTransferred>(e => e.CaseId, (state, e) => state.HeldBy(e.ToUnitCode, e.OccurredAt)),
        Fold<CaseClosed>(e => e.CaseId, (state, e) =>
            AddOnce(state.Closures, new DatedFact(Guid.Empty, VietnamTime.DateOf(e.OccurredAt), e.ReasonCode, e.OccurredAt))),
        Fold<CaseReopened>(e => e.CaseId, (state, e) =>
            AddOnce(state.Closures, new DatedFact(Guid.Empty, VietnamTime.DateOf(e.OccurredAt), CaseState.Reopened, e.OccurredAt))),
        Fold<DeadlineBreached>(e => e.CaseId, (state, e) => Breached(state, e.DeadlineId, e.RuleCode, e.DueAt)),
        Fold<SupportDeadlineBreached>(e => e.CaseId, (state, e) => Breached(state, e.DeadlineId, e.RuleCode, e.DueAt)),
        Fold<DeadlineStopped>(e => e.CaseId, (state, e) => Stopped(state, e.DeadlineId, e.RuleCode, e.Met, e.DueAt)),
        Fold<SupportDeadlineStopped>(e => e.CaseId, (state, e) => Stopped(state, e.DeadlineId, e.RuleCode, e.Met, e.DueAt)),
        Fold<PoliceReferralSent>(e => e.CaseId, (state, e) => Referral(state, e.ReferralId,
            r => r with { Direction = e.Direction, SentAt = e.SentAt },
            () => new PoliceReferralFact(e.ReferralId, e.Direction, e.SentAt, null, null, null))),
        Fold<PoliceReferralAcknowledged>(e => e.CaseId, (state, e) => Referral(state, e.ReferralId,
            r => r with { AcknowledgedAt = e.AcknowledgedAt },
            () => new PoliceReferralFact(e.ReferralId, e.Direction, e.AcknowledgedAt, e.AcknowledgedAt, null, null))),
        Fold<PoliceReferralOutcomeRecorded>(e => e.CaseId, (state, e) => Referral(state, e.ReferralId,
            r => r with { Outcome = e.Outcome, OutcomeOn = e.OutcomeOn, SentAt = e.SentAt, AcknowledgedAt = e.AcknowledgedAt ?? r.AcknowledgedAt },
            () => new PoliceReferralFact(e.ReferralId, ReferralDirection.ToPolice, e.SentAt, e.AcknowledgedAt, e.Outcome, e.OutcomeOn))),
        Fold<EmergencyInterventionRecorded>(e => e.CaseId, (state, e) =>
            AddOnce(state.Emergencies, new DatedFact(e.InterventionId, VietnamTime.DateOf(e.DecidedAt), "emergency", e.DecidedAt))),
        Fold<SeparationStarted>(e => e.CaseId, (state, e) =>
            AddOnce(state.Separations, new DatedFact(e.SeparationId, VietnamTime.DateOf(e.StartedAt), e.Placement.ToString(), e.StartedAt))),
        Fold<ServiceDelivered>(e => e.CaseId, (state, e) =>
            AddOnce(state.Services, new DatedFact(e.ReferralId, e.DeliveredOn, e.ServiceType, e.OccurredAt))),
        Fold<ServiceReferralCompleted>(e => e.CaseId, (state, e) =>
            AddOnce(state.Services, new DatedFact(e.ReferralId, e.CompletedOn, e.ServiceType, e.OccurredAt))),
    ];

    private static readonly Dictionary<Type, FoldedEvent> ByType = Events.ToDictionary(e => e.Type);

    /// <summary>The case an event is about, or null when it is not about one case.</summary>
    public static Guid? CaseOf(object message) => ByType.TryGetValue(message.GetType(), out var kind) ? kind.CaseOf(message) : null;

    public static void Apply(CaseState state, object message)
    {
        if (ByType.TryGetValue(message.GetType(), out var kind))
        {
            kind.Apply(state, message);
        }
    }

    private static FoldedEvent Fold<T>(Func<T, Guid> caseOf, Action<CaseState, T> apply) =>
        new(typeof(T), message => caseOf((T)message), (state, message) => apply(state, (T)message));

    private static void Classify(CaseState state, IncidentFacts incident, IReadOnlyList<ChildFacts> children)
    {
        state.Kind = incident.Kind;
        state.AbuseType = incident.AbuseType;
        state.AbuseSubType = incident.AbuseSubType;
        state.InjuryCause = incident.InjuryCause;
        state.InjurySeverity = incident.InjurySeverity;
        state.SpecialCircumstances = [.. incident.SpecialCircumstances];
        state.Setting = incident.Setting;
        state.Children = [.. children.Select(c => new ChildState(c.ChildId, c.Sex, c.AgeAtReport))];
    }

    /// <summary>A breach makes the limit missed and overdue, unless its stop arrived first.</summary>
    private static void Breached(CaseState state, Guid id, string rule, DateTimeOffset dueAt)
    {
        var index = state.Deadlines.FindIndex(d => d.Id == id);
        if (index < 0 || !state.Deadlines[index].Stopped)
        {
            Put(state.Deadlines, index, new DeadlineFact(id, rule, VietnamTime.DateOf(dueAt), Met: false, Stopped: false, Overdue: true));
        }
    }

    /// <summary>A stop decides the outcome, whether or not a breach came before it, and ends the overdue state.</summary>
    private static void Stopped(CaseState state, Guid id, string rule, bool met, DateTimeOffset dueAt)
    {
        var index = state.Deadlines.FindIndex(d => d.Id == id);
        Put(state.Deadlines, index, new DeadlineFact(id, rule, VietnamTime.DateOf(dueAt), met, Stopped: true, Overdue: false));
    }

    private static void Referral(CaseState state, Guid id, Func<PoliceReferralFact, PoliceReferralFact> change, Func<PoliceReferralFact> create)
    {
        var index = state.PoliceReferrals.FindIndex(r => r.Id == id);
        Put(state.PoliceReferrals, index, index < 0 ? create() : change(state.PoliceReferrals[index]));
    }

    private static void Put<T>(List<T> list, int index, T item)
    {
        if (index < 0)
        {
            list.Add(item);
        }
        else
        {
            list[index] = item;
        }
    }

    private static void AddOnce(List<DatedFact> facts, DatedFact fact)
    {
        if (!facts.Contains(fact))
        {
            facts.Add(fact);
        }
    }
}
