using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Cases.Contracts;
using CaseManagement.SupportInterventions.Contracts;

namespace CaseManagement.Reporting.Domain;

/// <summary>Folds the events Reporting keeps into a <see cref="CaseState"/>. Applying an event twice
/// changes nothing (facts are keyed by their ids), and facts keep their own dates.</summary>
public static class CaseStateFolding
{
    /// <summary>The case an event is about, or null when it is not about one case.</summary>
    public static Guid? CaseOf(object message) => message switch
    {
        CaseReported e => e.CaseId,
        CaseReportMerged e => e.CaseId,
        CaseStatusChanged e => e.CaseId,
        CaseAssessed e => e.CaseId,
        CaseReclassified e => e.CaseId,
        CaseTransferred e => e.CaseId,
        CaseClosed e => e.CaseId,
        CaseReopened e => e.CaseId,
        DeadlineBreached e => e.CaseId,
        DeadlineStopped e => e.CaseId,
        PoliceReferralSent e => e.CaseId,
        PoliceReferralAcknowledged e => e.CaseId,
        PoliceReferralOutcomeRecorded e => e.CaseId,
        EmergencyInterventionRecorded e => e.CaseId,
        SeparationStarted e => e.CaseId,
        ServiceDelivered e => e.CaseId,
        ServiceReferralCompleted e => e.CaseId,
        SupportDeadlineBreached e => e.CaseId,
        SupportDeadlineStopped e => e.CaseId,
        _ => null,
    };

    public static void Apply(CaseState state, object message)
    {
        switch (message)
        {
            case CaseReported e:
                state.CaseId = e.CaseId;
                state.UnitCode = e.UnitCode;
                state.ReportedOn = VietnamTime.DateOf(e.ReceivedAt);
                Classify(state, e.Incident, e.Children);
                break;
            case CaseReclassified e:
                Classify(state, e.Incident, e.Children);
                break;
            case CaseStatusChanged e when e.OccurredAt >= state.StatusAt:
                state.Status = e.To;
                state.StatusAt = e.OccurredAt;
                break;
            case CaseAssessed e:
                state.EmergencyNeeded = e.EmergencyNeeded;
                break;
            case CaseTransferred e:
                state.UnitCode = e.ToUnitCode;
                break;
            case CaseClosed e:
                AddOnce(state.Closures, new DatedFact(Guid.Empty, VietnamTime.DateOf(e.OccurredAt), e.ReasonCode, e.OccurredAt));
                break;
            case CaseReopened e:
                AddOnce(state.Closures, new DatedFact(Guid.Empty, VietnamTime.DateOf(e.OccurredAt), CaseState.Reopened, e.OccurredAt));
                break;
            case DeadlineBreached e:
                Breached(state, e.DeadlineId, e.RuleCode, e.OccurredAt);
                break;
            case SupportDeadlineBreached e:
                Breached(state, e.DeadlineId, e.RuleCode, e.BreachedAt);
                break;
            case DeadlineStopped e:
                Stopped(state, e.DeadlineId, e.RuleCode, e.Met, e.OccurredAt);
                break;
            case SupportDeadlineStopped e:
                Stopped(state, e.DeadlineId, e.RuleCode, e.Met, e.StoppedAt);
                break;
            case PoliceReferralSent e:
                Referral(state, e.ReferralId, r => r with { Direction = e.Direction, SentAt = e.SentAt }, () => new PoliceReferralFact(e.ReferralId, e.Direction, e.SentAt, null, null, null));
                break;
            case PoliceReferralAcknowledged e:
                Referral(state, e.ReferralId, r => r with { AcknowledgedAt = e.AcknowledgedAt },
                    () => new PoliceReferralFact(e.ReferralId, e.Direction, e.AcknowledgedAt, e.AcknowledgedAt, null, null));
                break;
            case PoliceReferralOutcomeRecorded e:
                Referral(state, e.ReferralId, r => r with { Outcome = e.Outcome, OutcomeOn = e.OutcomeOn, SentAt = e.SentAt, AcknowledgedAt = e.AcknowledgedAt ?? r.AcknowledgedAt },
                    () => new PoliceReferralFact(e.ReferralId, ReferralDirection.ToPolice, e.SentAt, e.AcknowledgedAt, e.Outcome, e.OutcomeOn));
                break;
            case EmergencyInterventionRecorded e:
                AddOnce(state.Emergencies, new DatedFact(e.InterventionId, VietnamTime.DateOf(e.DecidedAt), "emergency", e.DecidedAt));
                break;
            case SeparationStarted e:
                AddOnce(state.Separations, new DatedFact(e.SeparationId, VietnamTime.DateOf(e.StartedAt), e.Placement.ToString(), e.StartedAt));
                break;
            case ServiceDelivered e:
                AddOnce(state.Services, new DatedFact(e.ReferralId, e.DeliveredOn, e.ServiceType, e.OccurredAt));
                break;
            case ServiceReferralCompleted e:
                AddOnce(state.Services, new DatedFact(e.ReferralId, e.CompletedOn, e.ServiceType, e.OccurredAt));
                break;
        }
    }

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

    /// <summary>A breach decides the outcome (missed) unless a stop decided it already.</summary>
    private static void Breached(CaseState state, Guid id, string rule, DateTimeOffset at)
    {
        var index = state.Deadlines.FindIndex(d => d.Id == id);
        var current = index < 0 ? null : state.Deadlines[index];
        if (current?.Met is not null)
        {
            return;
        }

        var breached = new DeadlineFact(id, rule, false, VietnamTime.DateOf(at), Overdue: true);
        Put(state.Deadlines, index, breached);
    }

    /// <summary>A stop ends the overdue state; it decides the outcome only if no breach came first.</summary>
    private static void Stopped(CaseState state, Guid id, string rule, bool met, DateTimeOffset at)
    {
        var index = state.Deadlines.FindIndex(d => d.Id == id);
        var current = index < 0 ? null : state.Deadlines[index];
        var stopped = current is { Met: not null }
            ? current with { Overdue = false }
            : new DeadlineFact(id, rule, met, VietnamTime.DateOf(at), Overdue: false);
        Put(state.Deadlines, index, stopped);
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
