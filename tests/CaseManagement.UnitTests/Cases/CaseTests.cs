using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;

namespace CaseManagement.UnitTests.Cases;

public class CaseTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 8, 0, 0, TimeSpan.FromHours(7));

    private static Actor At(int minutes) => new("u1", "Phạm Thị Lan", Start.AddMinutes(minutes));

    private static Case Reported()
    {
        var id = Guid.NewGuid();
        var report = IntakeReport.Receive(Guid.NewGuid(), id, ReportChannel.Hotline111, Start, "111", At(0), false, "sealed", null, "sealed");
        var incident = new Incident(IncidentKind.Abuse, AbuseType.Violence, null, null, null, "", "21484", "family", null);
        return Case.Open(id, "21484-2026-0001", "21484", incident, report, [new CaseChild(id, Guid.NewGuid(), 9)], At(0));
    }

    [Fact]
    public void A_refused_closure_goes_back_to_the_step_it_was_proposed_from()
    {
        var subject = Reported();
        subject.StartVerification(At(1));
        subject.ProposeClosure("duplicate", reasonNeedsReview: false, null, At(2));
        subject.DecideClosure(approve: false, At(3));
        Assert.Equal(CaseStatus.Verifying, subject.Status);
        Assert.Null(subject.ClosedAt);
        Assert.Equal([(CaseStatus.Reported, CaseStatus.Verifying), (CaseStatus.Verifying, CaseStatus.ClosureProposed), (CaseStatus.ClosureProposed, CaseStatus.Verifying)],
            subject.Transitions.Select(t => (t.From, t.To)));
        Assert.Equal([2, 3, 4], subject.Transitions.Select(t => t.Version));
        Assert.Equal(4, subject.Version);
    }

    [Fact]
    public void Safe_and_stable_is_a_reason_only_after_the_review()
    {
        var subject = Reported();
        var refused = Assert.Throws<CaseRuleException>(() => subject.ProposeClosure(ClosureReasons.SafeAndStable, reasonNeedsReview: true, null, At(1)));
        Assert.Equal("case.closure_needs_review", refused.Code);
        Assert.Equal(CaseStatus.Reported, subject.Status);
        Assert.Equal(1, subject.Version);
    }

    [Fact]
    public void A_report_not_confirmed_closes_the_case_as_unfounded()
    {
        var subject = Reported();
        subject.StartVerification(At(1));
        subject.RecordVerification(VerificationOutcome.NotConfirmed, null, At(30));
        Assert.Equal((CaseStatus.Closed, ClosureReasons.Unfounded, At(30).At), (subject.Status, subject.Closure!.ReasonCode, subject.ClosedAt!.Value));
    }

    [Fact]
    public void A_closed_case_takes_no_assignee_report_or_transfer_until_reopened()
    {
        var subject = Reported();
        subject.StartVerification(At(1));
        subject.RecordVerification(VerificationOutcome.NotConfirmed, null, At(2));
        Assert.Equal("case.closed", Assert.Throws<CaseStateException>(() => subject.Assign(Guid.NewGuid(), At(3))).Code);
        Assert.Equal("case.closed", Assert.Throws<CaseStateException>(() => subject.RequestTransfer("21487", At(3))).Code);
        subject.Reopen("new-incident", At(4));
        subject.Assign(Guid.NewGuid(), At(5));
        Assert.NotNull(subject.AssignedUserId);
    }

    [Fact]
    public void A_pending_transfer_blocks_every_step_until_accepted()
    {
        var subject = Reported();
        subject.StartVerification(At(1));
        subject.RecordVerification(VerificationOutcome.OtherCommune, "21487", At(2));
        Assert.Empty(subject.AllowedActions);
        Assert.Equal("case.transfer_pending", Assert.Throws<CaseStateException>(() => subject.RecordVerification(VerificationOutcome.Confirmed, null, At(3))).Code);
        Assert.Equal("21484", subject.AcceptTransfer(At(4)));
        Assert.Equal(("21487", CaseStatus.Verifying), (subject.UnitCode, subject.Status));
        subject.RecordVerification(VerificationOutcome.Confirmed, null, At(5));
        Assert.Equal(CaseStatus.InitialAssessment, subject.Status);
    }

    [Fact]
    public void An_action_out_of_step_names_the_allowed_ones_and_changes_nothing()
    {
        var subject = Reported();
        var refused = Assert.Throws<CaseActionNotAllowedException>(() => subject.RecordConference(
            new CaseConference(new DateOnly(2026, 11, 21), "sealed", "Monitoring", "u1", At(1).At), At(1)));
        Assert.Equal([CaseAction.StartVerification, CaseAction.ProposeClosure], refused.Allowed);
        Assert.Null(subject.Conference);
        Assert.Single(subject.Timeline);
    }

    [Theory]
    [InlineData("2015-03-02", null, "2026-03-01", 10)]
    [InlineData("2015-03-02", null, "2026-03-02", 11)]
    [InlineData(null, 2015, "2026-01-01", 11)]
    [InlineData(null, null, "2026-01-01", null)]
    public void Age_at_a_report_counts_whole_years(string? born, int? birthYear, string on, int? expected) =>
        Assert.Equal(expected, Child.AgeOn(born is null ? null : DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), birthYear,
            DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
}
