using CaseManagement.Cases.Contracts;
using Stateless;

namespace CaseManagement.Cases.Domain;

/// <summary>
/// The procedure of Decree 56 (arts. 24–32) as a state machine: which action is allowed in which
/// step, and where it leads. The emergency, plan and review steps are moved by SupportInterventions'
/// events; closure can be proposed from any open step (a duplicate, a child who died or moved) and
/// goes back where it came from when the chair refuses it.
/// </summary>
public static class CaseProcedure
{
    private static readonly CaseStatus[] OpenSteps =
    [
        CaseStatus.Reported, CaseStatus.Verifying, CaseStatus.InitialAssessment, CaseStatus.Emergency, CaseStatus.SpecificAssessment,
        CaseStatus.CaseConference, CaseStatus.Planning, CaseStatus.Support, CaseStatus.Review,
    ];

    /// <summary>A machine over a status held elsewhere (the case's); <paramref name="beforeClosure"/>
    /// names where a refused closure proposal returns to.</summary>
    public static StateMachine<CaseStatus, CaseAction> Over(Func<CaseStatus> read, Action<CaseStatus> write, Func<CaseStatus> beforeClosure)
    {
        var machine = new StateMachine<CaseStatus, CaseAction>(read, write);
        machine.Configure(CaseStatus.Reported)
            .Permit(CaseAction.StartVerification, CaseStatus.Verifying);
        machine.Configure(CaseStatus.Verifying)
            .Permit(CaseAction.Confirm, CaseStatus.InitialAssessment)
            .Permit(CaseAction.RejectAsUnfounded, CaseStatus.Closed);
        machine.Configure(CaseStatus.InitialAssessment)
            .Permit(CaseAction.AssessWithEmergency, CaseStatus.Emergency)
            .Permit(CaseAction.AssessWithoutEmergency, CaseStatus.SpecificAssessment);
        machine.Configure(CaseStatus.Emergency)
            .Permit(CaseAction.CompleteEmergency, CaseStatus.SpecificAssessment);
        machine.Configure(CaseStatus.SpecificAssessment)
            .Permit(CaseAction.RecordSpecificAssessment, CaseStatus.CaseConference);
        machine.Configure(CaseStatus.CaseConference)
            .Permit(CaseAction.HoldConference, CaseStatus.Planning);
        machine.Configure(CaseStatus.Planning)
            .Permit(CaseAction.ApprovePlan, CaseStatus.Support);
        machine.Configure(CaseStatus.Support)
            .Permit(CaseAction.StartReview, CaseStatus.Review);
        machine.Configure(CaseStatus.Review)
            .Permit(CaseAction.StartNewPlanCycle, CaseStatus.Planning);
        foreach (var step in OpenSteps)
        {
            machine.Configure(step).Permit(CaseAction.ProposeClosure, CaseStatus.ClosureProposed);
        }

        machine.Configure(CaseStatus.ClosureProposed)
            .Permit(CaseAction.ApproveClosure, CaseStatus.Closed)
            .PermitDynamic(CaseAction.RejectClosure, beforeClosure);
        machine.Configure(CaseStatus.Closed)
            .Permit(CaseAction.Reopen, CaseStatus.InitialAssessment);
        return machine;
    }

    /// <summary>The actions allowed in each step, read once from the machine's own description.</summary>
    private static readonly Dictionary<CaseStatus, CaseAction[]> Allowed = Describe();

    /// <summary>The actions allowed in a step, in the order of the procedure.</summary>
    public static IReadOnlyList<CaseAction> AllowedIn(CaseStatus status) => Allowed.GetValueOrDefault(status, []);

    private static Dictionary<CaseStatus, CaseAction[]> Describe()
    {
        var current = CaseStatus.Reported;
        var info = Over(() => current, s => current = s, () => CaseStatus.Reported).GetInfo();
        return info.States.ToDictionary(
            state => (CaseStatus)state.UnderlyingState,
            state => state.FixedTransitions.Select(t => (CaseAction)t.Trigger.UnderlyingTrigger)
                .Concat(state.DynamicTransitions.Select(t => (CaseAction)t.Trigger.UnderlyingTrigger))
                .Distinct().Order().ToArray());
    }

    public static bool IsOpen(CaseStatus status) => status != CaseStatus.Closed;
}
