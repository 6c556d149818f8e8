using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;

namespace CaseManagement.UnitTests.Cases;

/// <summary>Every step against every action: the allowed ones lead where Decree 56 says, all others are refused.</summary>
public class CaseProcedureTests
{
    private static readonly CaseStatus[] Open =
    [
        CaseStatus.Reported, CaseStatus.Verifying, CaseStatus.InitialAssessment, CaseStatus.Emergency, CaseStatus.SpecificAssessment,
        CaseStatus.CaseConference, CaseStatus.Planning, CaseStatus.Support, CaseStatus.Review,
    ];

    /// <summary>The procedure written out by hand, independently of its configuration.</summary>
    private static readonly Dictionary<(CaseStatus, CaseAction), CaseStatus> Expected = new()
    {
        [(CaseStatus.Reported, CaseAction.StartVerification)] = CaseStatus.Verifying,
        [(CaseStatus.Verifying, CaseAction.Confirm)] = CaseStatus.InitialAssessment,
        [(CaseStatus.Verifying, CaseAction.RejectAsUnfounded)] = CaseStatus.Closed,
        [(CaseStatus.InitialAssessment, CaseAction.AssessWithEmergency)] = CaseStatus.Emergency,
        [(CaseStatus.InitialAssessment, CaseAction.AssessWithoutEmergency)] = CaseStatus.SpecificAssessment,
        [(CaseStatus.Emergency, CaseAction.CompleteEmergency)] = CaseStatus.SpecificAssessment,
        [(CaseStatus.SpecificAssessment, CaseAction.RecordSpecificAssessment)] = CaseStatus.CaseConference,
        [(CaseStatus.CaseConference, CaseAction.HoldConference)] = CaseStatus.Planning,
        [(CaseStatus.Planning, CaseAction.ApprovePlan)] = CaseStatus.Support,
        [(CaseStatus.Support, CaseAction.StartReview)] = CaseStatus.Review,
        [(CaseStatus.Review, CaseAction.StartNewPlanCycle)] = CaseStatus.Planning,
        [(CaseStatus.ClosureProposed, CaseAction.ApproveClosure)] = CaseStatus.Closed,
        [(CaseStatus.ClosureProposed, CaseAction.RejectClosure)] = CaseStatus.Support, // back to where it was proposed from
        [(CaseStatus.Closed, CaseAction.Reopen)] = CaseStatus.InitialAssessment,
    };

    static CaseProcedureTests()
    {
        foreach (var step in Open)
        {
            Expected[(step, CaseAction.ProposeClosure)] = CaseStatus.ClosureProposed;
        }
    }

    public static TheoryData<CaseStatus, CaseAction> EveryPair()
    {
        var data = new TheoryData<CaseStatus, CaseAction>();
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            foreach (var action in Enum.GetValues<CaseAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void An_action_leads_where_the_procedure_says_or_is_refused(CaseStatus status, CaseAction action)
    {
        var current = status;
        var machine = CaseProcedure.Over(() => current, s => current = s, () => CaseStatus.Support);
        var allowed = CaseProcedure.AllowedIn(status);
        if (Expected.TryGetValue((status, action), out var destination))
        {
            Assert.Contains(action, allowed);
            machine.Fire(action);
            Assert.Equal(destination, current);
        }
        else
        {
            Assert.DoesNotContain(action, allowed);
            Assert.Throws<InvalidOperationException>(() => machine.Fire(action));
        }
    }
}
