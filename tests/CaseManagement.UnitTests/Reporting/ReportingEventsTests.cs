using CaseManagement.Cases.Contracts;
using CaseManagement.Reporting.Domain;
using CaseManagement.SupportInterventions.Contracts;

namespace CaseManagement.UnitTests.Reporting;

/// <summary>Reporting's one list of the case events it consumes (<see cref="CaseStateFolding.Events"/>) against
/// every event of Cases and SupportInterventions about a case: each is either folded or set aside here, with why.</summary>
public class ReportingEventsTests
{
    private static readonly Dictionary<Type, string> NotForFigures = new()
    {
        [typeof(CaseReportMerged)] = "a further report of a case adds no case, child or fact counted",
        [typeof(CaseVerified)] = "a confirmation shows as the step change to the initial assessment (CaseStatusChanged)",
        [typeof(CaseNeedsIdentified)] = "needs are not counted; services delivered are",
        [typeof(CaseConferenceHeld)] = "the conference is not counted; the limits it starts come as deadline events",
        [typeof(CaseAssigned)] = "who works on a case is not a statistic",
        [typeof(CaseClosureProposed)] = "a closure counts when the chair decides it (CaseClosed)",
        [typeof(PoliceReferralUpdated)] = "progress of a referral; its limits come as deadline events and its outcome as its own event",
        [typeof(SupportPlanApproved)] = "the step change comes from Cases (CaseStatusChanged); plan limits as deadline events",
        [typeof(SupportPlanSubmitted)] = "plan limits come as deadline events",
        [typeof(SupportPlanReturned)] = "plan limits come as deadline events",
        [typeof(SupportPlanRevised)] = "plan versions are not counted",
        [typeof(SupportPlanClosed)] = "the case's closure counts (CaseClosed)",
        [typeof(ReviewCompleted)] = "the step change comes from Cases (CaseStatusChanged)",
        [typeof(ServiceReferralAccepted)] = "a service counts when delivered or completed",
        [typeof(ServiceReferralDeclined)] = "a service counts when delivered or completed",
        [typeof(SeparationExtended)] = "separations count when they start; the reassessment limit comes as deadline events",
        [typeof(SeparationEnded)] = "separations count when they start",
        [typeof(MonitoringRecorded)] = "follow-up limits come as deadline events",
        [typeof(CaseTransferRequested)] = "a case counts in its new commune once the transfer is accepted (CaseTransferred)",
        [typeof(DeadlineDueSoon)] = "a warning to the social worker; the limit counts when it ends or is breached",
        [typeof(SupportDeadlineDueSoon)] = "a warning to the social worker; the limit counts when it ends or is breached",
        [typeof(ServiceReferralSent)] = "a service counts when delivered or completed",
    };

    [Fact]
    public void Every_case_event_of_Cases_and_SupportInterventions_is_folded_or_set_aside_with_a_reason()
    {
        var caseEvents = typeof(CaseReported).Assembly.GetExportedTypes().Concat(typeof(ServiceDelivered).Assembly.GetExportedTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetProperty("CaseId") is not null)
            .ToHashSet();
        var folded = CaseStateFolding.Events.Select(e => e.Type).ToHashSet();

        Assert.Empty(caseEvents.Where(t => !folded.Contains(t) && !NotForFigures.ContainsKey(t)).Select(t => t.Name));
        Assert.Empty(folded.Intersect(NotForFigures.Keys).Select(t => t.Name));
        Assert.Empty(folded.Concat(NotForFigures.Keys).Where(t => !caseEvents.Contains(t)).Select(t => t.Name));
    }
}
