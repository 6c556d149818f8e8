using CaseManagement.Cases.Contracts;
using CaseManagement.SupportInterventions.Contracts;
using CaseManagement.SupportInterventions.Domain;

namespace CaseManagement.UnitTests.Support;

public class SupportDomainTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly Actor Chair = new("u1", "Chủ tịch", Now);

    [Fact]
    public void A_separation_lasts_15_days_unless_extended_later_and_ends_once()
    {
        var separation = Separate(CaseAt(CaseStatus.SpecificAssessment));
        Assert.Equal(new DateOnly(2026, 12, 7), separation.EndsOn);

        Assert.Equal("separation.extension_not_later", Assert.Throws<SupportStateException>(() =>
            separation.Extend(new SeparationExtension("TAND huyện Ba Tơ", "01/QĐ-TA", new DateOnly(2026, 12, 7), "u1", Now))).Code);
        separation.Extend(new SeparationExtension("TAND huyện Ba Tơ", "01/QĐ-TA", new DateOnly(2027, 1, 15), "u1", Now));
        Assert.Equal(new DateOnly(2027, 1, 15), separation.EndsOn);

        Assert.Equal("separation.end_before_start", Assert.Throws<SupportStateException>(() =>
            separation.End(SeparationEndReason.HomeAssessedSafe, Now.AddHours(-1), null)).Code);
        separation.End(SeparationEndReason.LongTermAlternativeCare, Now.AddDays(20), null);
        Assert.False(separation.IsActive);
        Assert.Equal("separation.already_ended", Assert.Throws<SupportStateException>(() =>
            separation.End(SeparationEndReason.Other, Now.AddDays(21), "x")).Code);
    }

    [Theory]
    [InlineData(CaseStatus.Reported)]
    [InlineData(CaseStatus.Verifying)]
    [InlineData(CaseStatus.ClosureProposed)]
    [InlineData(CaseStatus.Closed)]
    public void No_separation_before_verification_or_once_closure_is_under_way(CaseStatus status) =>
        Assert.Equal("separation.not_allowed", Assert.Throws<SupportStateException>(() => Separate(CaseAt(status))).Code);

    [Fact]
    public void Alternative_care_follow_ups_need_a_placement()
    {
        var subject = CaseAt(CaseStatus.Support);
        Assert.Equal("monitoring.no_alternative_care", Assert.Throws<SupportStateException>(() =>
            MonitoringVisit.Record(subject, new DateOnly(2026, 11, 23), MonitoringKind.AlternativeCareFollowUp, "Thăm", ChildSituation.Safe, Chair)).Code);
        subject.PlacedInAlternativeCare(new DateOnly(2026, 11, 1));
        Assert.Equal(MonitoringKind.AlternativeCareFollowUp,
            MonitoringVisit.Record(subject, new DateOnly(2026, 11, 23), MonitoringKind.AlternativeCareFollowUp, "Thăm", ChildSituation.Safe, Chair).Kind);
    }

    [Fact]
    public void The_copy_of_a_case_follows_its_steps_by_version_not_by_the_times_they_happened()
    {
        var subject = SupportCase.Start(Guid.NewGuid(), "21484");
        // The conference (version 8) was held at 09:00; the assessment before it (version 7) is delivered later, stamped 10:00.
        Assert.True(subject.ChangeStatus(CaseStatus.Planning, Now.AddHours(-2), 8));
        Assert.False(subject.ChangeStatus(CaseStatus.CaseConference, Now.AddHours(-1), 7));
        Assert.Equal((CaseStatus.Planning, 8), (subject.Status, subject.StatusVersion));
    }

    private static SupportCase CaseAt(CaseStatus status)
    {
        var subject = SupportCase.Start(Guid.NewGuid(), "21484");
        subject.ChangeStatus(status, Now.AddHours(-5), 2);
        return subject;
    }

    private static TemporarySeparation Separate(SupportCase subject) => TemporarySeparation.Decide(
        Guid.NewGuid(), subject, new SeparationDecision("31/QĐ", Now, PlacementKind.Facility, Guid.NewGuid(), Now, DateOnly.FromDateTime(Now.DateTime)),
        _ => null, Chair);
}
