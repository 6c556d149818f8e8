using CaseManagement.Cases.Contracts;
using CaseManagement.Reporting.Domain.Indicators;
using CaseManagement.SupportInterventions.Contracts;
using static CaseManagement.Reporting.Domain.Indicators.IndicatorCatalogue;
using static CaseManagement.UnitTests.Reporting.Events;

namespace CaseManagement.UnitTests.Reporting;

/// <summary>Indicator tables built from event sequences, against tables computed by hand.
/// 2026-H1 runs 15/12/2025 – 14/06/2026, 2026-H2 15/06 – 14/12/2026; "today" is 23/11/2026.</summary>
public class IndicatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Guid ChildA = Guid.NewGuid(), ChildB = Guid.NewGuid(), ChildC = Guid.NewGuid(), ChildD = Guid.NewGuid();

    [Fact]
    public void Abused_children_are_distinct_children_in_the_age_group_of_each_report_while_cases_count_cases()
    {
        var harness = new IndicatorHarness(Today).Confirmed(
            Abuse(Guid.NewGuid(), At(2026, 1, 10), AbuseSubType.PhysicalViolence, "family", "21025", Child(ChildA, Sex.Female, 5)),
            Abuse(Guid.NewGuid(), At(2026, 3, 5), AbuseSubType.PhysicalViolence, "family", "21025", Child(ChildA, Sex.Female, 6)),
            Abuse(Guid.NewGuid(), At(2026, 4, 1), AbuseSubType.Molestation, "school", "21025", Child(ChildB, Sex.Male, 12), Child(ChildC, Sex.Female, 15)));

        var expected = new Dictionary<string, int>
        {
            ["Violence|PhysicalViolence|Female|0-<6|family"] = 1,
            ["Violence|PhysicalViolence|Female|6-<11|family"] = 1, // A crossed into the next age group between her two reports.
            ["SexualAbuse|Molestation|Male|11-<16|school"] = 1,
            ["SexualAbuse|Molestation|Female|11-<16|school"] = 1,
        };
        foreach (var unit in new[] { "21025", "51" })
        {
            Assert.Equal(expected, harness.Table(AbusedChildren, "2026-H1", unit));
            Assert.Equal(3, harness.Count(AbusedChildren, "2026-H1", unit)); // A, B and C: A once although in two cells.
            Assert.Equal(3, harness.Count(CasesOpened, "2026-H1", unit));
            Assert.Equal(3, harness.Count(AbusedChildren, "2026-Y", unit));
        }

        Assert.Equal(1, harness.Count(AbusedChildren, "2026-01", "21025"));
        Assert.Equal(2, harness.Count(AbusedChildren, "2026-04", "21025"));
        Assert.Equal(0, harness.Count(AbusedChildren, "2026-H2", "21025"));
        Assert.Equal(harness.Recount(), harness.Cells);
    }

    [Fact]
    public void A_case_of_a_commune_merged_in_2025_counts_toward_its_successor_in_periods_ending_after_the_merger()
    {
        var harness = new IndicatorHarness(Today).Confirmed(
            Injury(Guid.NewGuid(), At(2025, 3, 1), InjuryCause.Drowning, InjurySeverity.Died, "21028", Child(ChildD, Sex.Male, 8)));

        // 2025-H1 ends 14/06/2025: the old commune under its district.
        Assert.Equal(new Dictionary<string, int> { ["Drowning|Male|6-<11"] = 1 }, harness.Table(ChildrenDied, "2025-H1", "21028"));
        Assert.Equal(1, harness.Count(ChildrenDied, "2025-H1", "522"));
        Assert.Equal(1, harness.Count(ChildrenDied, "2025-H1", "51"));
        Assert.Equal(0, harness.Count(ChildrenDied, "2025-H1", "21025"));
        // The year 2025 ends 14/12/2025, after the reform: the successor, directly under the province.
        Assert.Equal(1, harness.Count(ChildrenDied, "2025-Y", "21025"));
        Assert.Equal(1, harness.Count(ChildrenDied, "2025-Y", "51"));
        Assert.Equal(0, harness.Count(ChildrenDied, "2025-Y", "522"));
        Assert.Equal(0, harness.Count(ChildrenDied, "2025-Y", "21028"));
        Assert.Equal(0, harness.Count(InjuredChildren, "2025-Y", "51"));
    }

    [Fact]
    public void A_reclassified_case_moves_from_its_old_cell_to_the_new_one()
    {
        var caseId = Guid.NewGuid();
        var reported = Abuse(caseId, At(2026, 2, 2), AbuseSubType.PhysicalViolence, "family", "21025", Child(ChildA, Sex.Female, 9));
        var harness = new IndicatorHarness(Today).Confirmed(reported).Apply(
            new CaseReclassified(caseId, "21025", reported.Incident with { AbuseType = AbuseType.SexualAbuse, AbuseSubType = AbuseSubType.Molestation },
                reported.Children, At(2026, 2, 5)));

        Assert.Equal(new Dictionary<string, int> { ["SexualAbuse|Molestation|Female|6-<11|family"] = 1 }, harness.Table(AbusedChildren, "2026-H1", "21025"));
        Assert.Equal(1, harness.Count(AbusedChildren, "2026-H1", "51"));
        Assert.Equal(harness.Recount(), harness.Cells);
    }

    [Fact]
    public void A_limit_counts_once_in_the_period_it_fell_due_as_its_stop_judged_it_whatever_order_its_events_arrive_in()
    {
        var caseId = Guid.NewGuid();
        Guid late = Guid.NewGuid(), lateOutOfOrder = Guid.NewGuid(), met = Guid.NewGuid(), nightDecision = Guid.NewGuid(), dueInH2 = Guid.NewGuid();
        var harness = new IndicatorHarness(Today).Confirmed(
            Abuse(caseId, At(2026, 1, 30), AbuseSubType.PhysicalViolence, "family", "21025", Child(ChildA, Sex.Female, 9))).Apply(
            new DeadlineBreached(late, "emergency-decision", caseId, null, "21025", At(2026, 1, 30), At(2026, 1, 30, 21), At(2026, 1, 30, 21)));

        Assert.Equal(1, harness.Count(OverdueByRule, IndicatorRules.NowKey, "21025", "emergency-decision"));

        harness.Apply(
            new DeadlineStopped(late, "emergency-decision", caseId, null, "21025", At(2026, 1, 30), At(2026, 1, 30, 21), false, At(2026, 6, 20)),
            new DeadlineStopped(lateOutOfOrder, "forensic-conclusion", caseId, null, "21025", At(2026, 2, 1), At(2026, 2, 6), false, At(2026, 2, 9)),
            new DeadlineBreached(lateOutOfOrder, "forensic-conclusion", caseId, null, "21025", At(2026, 2, 1), At(2026, 2, 6), At(2026, 2, 6)),
            new SupportDeadlineStopped(met, "plan-drafting", caseId, null, "21025", At(2026, 2, 1), At(2026, 2, 10), true, At(2026, 2, 9)),
            // Decided at 23:00 within the 12 hours, typed in the next morning after the sweep had found the limit past due.
            new DeadlineBreached(nightDecision, "emergency-decision", caseId, null, "21025", At(2026, 3, 1, 14), At(2026, 3, 2, 2), At(2026, 3, 2, 2)),
            new DeadlineStopped(nightDecision, "emergency-decision", caseId, null, "21025", At(2026, 3, 1, 14), At(2026, 3, 2, 2), true, At(2026, 3, 1, 23)),
            // Started on the last day of H1, due and missed on the first day of H2.
            new SupportDeadlineBreached(dueInH2, "plan-approval", caseId, null, "21025", At(2026, 6, 14, 8), At(2026, 6, 15, 17), At(2026, 6, 15, 17)));

        Assert.Equal(new Dictionary<string, int>
        {
            ["emergency-decision|missed"] = 1, // On its due day in H1, not again on the late stop in H2.
            ["emergency-decision|met"] = 1,
            ["forensic-conclusion|missed"] = 1,
            ["plan-drafting|met"] = 1,
        }, harness.Table(Deadlines, "2026-H1", "21025"));
        Assert.Equal(new Dictionary<string, int> { ["plan-approval|missed"] = 1 }, harness.Table(Deadlines, "2026-H2", "21025"));
        Assert.Equal(1, harness.Count(OverdueByRule, IndicatorRules.NowKey, "21025"));
        Assert.Equal(harness.Recount(), harness.Cells);
    }

    [Fact]
    public void Open_at_period_end_follows_closures_and_reopenings_and_counts_the_current_half_so_far()
    {
        var caseId = Guid.NewGuid();
        var harness = new IndicatorHarness(Today).Apply(
            Abuse(caseId, At(2025, 11, 1), AbuseSubType.EmotionalViolence, "school", "21025", Child(ChildB, Sex.Male, 13)),
            new CaseClosed(caseId, "21025", "safe-stable", At(2026, 1, 20)),
            new CaseReopened(caseId, "21025", At(2026, 7, 1)),
            new CaseStatusChanged(caseId, "21025", CaseStatus.Closed, CaseStatus.Verifying, At(2026, 7, 1)));

        Assert.Equal(1, harness.Count(CasesOpenAtEnd, "2025-H2", "21025"));
        Assert.Equal(1, harness.Count(CasesOpenAtEnd, "2025-Y", "21025"));
        Assert.Equal(0, harness.Count(CasesOpenAtEnd, "2026-H1", "21025"));
        Assert.Equal(1, harness.Count(CasesOpenAtEnd, "2026-H2", "51"));
        Assert.Equal(new Dictionary<string, int> { ["safe-stable"] = 1 }, harness.Table(CasesClosed, "2026-H1", "21025"));
        Assert.Equal(1, harness.Count(CasesReopened, "2026-H2", "21025"));
        Assert.Equal(new Dictionary<string, int> { ["Verifying"] = 1 }, harness.Table(OpenByStatus, IndicatorRules.NowKey, "51"));
        Assert.Equal(harness.Recount(), harness.Cells);
    }

    [Fact]
    public void Services_emergencies_separations_and_police_referrals_count_on_their_own_days()
    {
        var caseId = Guid.NewGuid();
        var referral = Guid.NewGuid();
        var harness = new IndicatorHarness(Today).Apply(
            Abuse(caseId, At(2026, 5, 30), AbuseSubType.PhysicalViolence, "family", "21025", Child(ChildA, Sex.Female, 9), Child(ChildB, Sex.Male, 7)),
            new EmergencyInterventionRecorded(Guid.NewGuid(), caseId, "21025", ["SafeShelter"], "Chủ tịch", At(2026, 5, 30, 15), At(2026, 5, 30, 15)),
            new SeparationStarted(Guid.NewGuid(), caseId, "21025", PlacementKind.Facility, At(2026, 5, 31), new DateOnly(2026, 6, 14), At(2026, 5, 31)),
            new ServiceDelivered(Guid.NewGuid(), caseId, "21025", Guid.NewGuid(), "PsychologicalCare", new DateOnly(2026, 6, 20), At(2026, 6, 20)),
            new ServiceDelivered(Guid.NewGuid(), caseId, "21025", Guid.NewGuid(), "PsychologicalCare", new DateOnly(2026, 7, 20), At(2026, 7, 20)),
            new PoliceReferralSent(referral, caseId, "21025", ReferralDirection.ToPolice, Guid.NewGuid(), "CA", [], At(2026, 6, 1, 8), At(2026, 6, 1, 8)),
            new PoliceReferralAcknowledged(referral, caseId, "21025", ReferralDirection.ToPolice, At(2026, 6, 2, 20), At(2026, 6, 2, 20)),
            new PoliceReferralOutcomeRecorded(referral, caseId, "21025", ReferralOutcome.Prosecuted, new DateOnly(2026, 9, 1), At(2026, 6, 1, 8), At(2026, 6, 2, 20), At(2026, 9, 1)));

        Assert.Equal(1, harness.Count(EmergencyInterventions, "2026-H1", "21025"));
        Assert.Equal(new Dictionary<string, int> { ["Facility"] = 1 }, harness.Table(Separations, "2026-H1", "21025"));
        Assert.Equal(new Dictionary<string, int> { ["PsychologicalCare"] = 2 }, harness.Table(ChildrenSupported, "2026-H2", "21025")); // Two children, each once for two deliveries.
        Assert.Equal(new Dictionary<string, int> { ["ToPolice|24-48h"] = 1 }, harness.Table(PoliceResponseTimes, "2026-H1", "21025"));
        Assert.Equal(new Dictionary<string, int> { ["Prosecuted"] = 1 }, harness.Table(PoliceOutcomes, "2026-H2", "51"));
        Assert.Equal(2, harness.Count(ChildrenSupported, "2026-06", "21025", "PsychologicalCare"));
        Assert.Equal(harness.Recount(), harness.Cells);
    }

    [Fact]
    public void Data_quality_checks_find_missing_sex_and_age_emergencies_without_decision_and_unclassified_incidents()
    {
        var caseId = Guid.NewGuid();
        var harness = new IndicatorHarness(Today).Confirmed(
            Injury(caseId, At(2026, 3, 3), InjuryCause.Fall, InjurySeverity.Hospitalised, "21025", Child(ChildC, Sex.Unknown, null))).Apply(
            new CaseAssessed(caseId, "21025", RiskLevel.High, RiskLevel.High, true, At(2026, 3, 3, 11)));

        Assert.Equal(1, harness.Count(MissingSex, "2026-H1", "51"));
        Assert.Equal(1, harness.Count(MissingAge, "2026-H1", "51"));
        Assert.Equal(1, harness.Count(EmergencyWithoutDecision, "2026-H1", "51"));
        Assert.Equal(0, harness.Count(Unclassified, "2026-H1", "51"));
        Assert.Equal(new Dictionary<string, int> { ["Other|Unknown|unknown"] = 1 }, harness.Table(InjuredChildren, "2026-H1", "21025"));

        harness.Apply(new EmergencyInterventionRecorded(Guid.NewGuid(), caseId, "21025", ["FirstAid"], "Chủ tịch", At(2026, 3, 3, 15), At(2026, 3, 3, 15)));
        Assert.Equal(0, harness.Count(EmergencyWithoutDecision, "2026-H1", "51"));
    }

    [Fact]
    public void Only_confirmed_reports_count_their_children_in_the_period_of_the_report_from_their_confirmation_on()
    {
        Guid waiting = Guid.NewGuid(), unfounded = Guid.NewGuid(), reopened = Guid.NewGuid(), injured = Guid.NewGuid();
        var harness = new IndicatorHarness(Today).Apply(
            Abuse(waiting, At(2026, 2, 1), AbuseSubType.PhysicalViolence, "family", "21025", Child(ChildA, Sex.Female, 9)),
            Abuse(unfounded, At(2026, 2, 2), AbuseSubType.Molestation, "school", "21025", Child(ChildB, Sex.Male, 12)),
            new CaseStatusChanged(unfounded, "21025", CaseStatus.Verifying, CaseStatus.Closed, At(2026, 2, 3)),
            new CaseClosed(unfounded, "21025", "unfounded", At(2026, 2, 3)),
            Injury(injured, At(2026, 2, 4), InjuryCause.Drowning, InjurySeverity.Died, "21025", Child(ChildC, Sex.Male, 4)));

        // Three reports opened, none confirmed: no abused, injured or dead child yet.
        Assert.Equal(3, harness.Count(CasesOpened, "2026-H1", "51"));
        Assert.Equal(0, harness.Count(AbusedChildren, "2026-H1", "51"));
        Assert.Equal(0, harness.Count(ChildrenDied, "2026-H1", "51"));

        // Confirmed in H2, counted in H1 where the report was received; the unfounded one reopened and worked on counts too.
        harness.Apply(
            Confirmation(waiting, "21025", At(2026, 7, 1)),
            Confirmation(injured, "21025", At(2026, 2, 4, 15)),
            new CaseReopened(unfounded, "21025", At(2026, 8, 1)),
            new CaseStatusChanged(unfounded, "21025", CaseStatus.Closed, CaseStatus.InitialAssessment, At(2026, 8, 1)));
        Assert.Equal(2, harness.Count(AbusedChildren, "2026-H1", "51"));
        Assert.Equal(0, harness.Count(AbusedChildren, "2026-H2", "51"));
        Assert.Equal(1, harness.Count(ChildrenDied, "2026-H1", "51"));
        Assert.Equal(harness.Recount(), harness.Cells);
    }

    [Fact]
    public void A_transfer_moves_what_happens_after_it_and_the_figures_of_now_but_leaves_the_past_where_it_happened()
    {
        Guid closed = Guid.NewGuid(), open = Guid.NewGuid();
        var harness = new IndicatorHarness(Today).Confirmed(
            Abuse(closed, At(2026, 3, 1), AbuseSubType.PhysicalViolence, "family", "21025", Child(ChildA, Sex.Female, 9)),
            Abuse(open, At(2026, 3, 2), AbuseSubType.Molestation, "school", "21025", Child(ChildB, Sex.Male, 12))).Apply(
            new ServiceDelivered(Guid.NewGuid(), closed, "21025", Guid.NewGuid(), "PsychologicalCare", new DateOnly(2026, 5, 1), At(2026, 5, 1)),
            new CaseTransferred(closed, "21025", "21031", At(2026, 7, 1)),
            new CaseTransferred(open, "21025", "21031", At(2026, 7, 1)),
            new ServiceDelivered(Guid.NewGuid(), closed, "21031", Guid.NewGuid(), "PsychologicalCare", new DateOnly(2026, 8, 1), At(2026, 8, 1)),
            new CaseClosed(closed, "21031", "safe-stable", At(2026, 9, 1)),
            new CaseStatusChanged(closed, "21031", CaseStatus.ClosureProposed, CaseStatus.Closed, At(2026, 9, 1)),
            new CaseStatusChanged(open, "21031", CaseStatus.InitialAssessment, CaseStatus.SpecificAssessment, At(2026, 7, 2)));

        // H1, ended before the transfers: everything stays with Nguyễn Nghiêm, which opened, confirmed and held both cases.
        foreach (var (indicator, count) in new[] { (CasesOpened, 2), (AbusedChildren, 2), (CasesOpenAtEnd, 2), (ChildrenSupported, 1) })
        {
            Assert.Equal((indicator, count), (indicator, harness.Count(indicator, "2026-H1", "21025")));
            Assert.Equal((indicator, 0), (indicator, harness.Count(indicator, "2026-H1", "21031")));
        }

        // H2: the services, the closure and the case still open (now) are Ba Động's.
        Assert.Equal(1, harness.Count(ChildrenSupported, "2026-H2", "21031"));
        Assert.Equal(1, harness.Count(CasesClosed, "2026-H2", "21031"));
        Assert.Equal(1, harness.Count(CasesOpenAtEnd, "2026-H2", "21031"));
        Assert.Equal(0, harness.Count(CasesOpenAtEnd, "2026-H2", "21025"));
        Assert.Equal(new Dictionary<string, int> { ["SpecificAssessment"] = 1 }, harness.Table(OpenByStatus, IndicatorRules.NowKey, "21031"));
        Assert.Equal(2, harness.Count(CasesOpened, "2026-Y", "51"));
        Assert.Equal(harness.Recount(), harness.Cells);
    }

    [Fact]
    public void Open_by_step_follows_the_order_of_the_steps_not_the_times_they_were_recorded_at()
    {
        var caseId = Guid.NewGuid();
        var harness = new IndicatorHarness(Today).Confirmed(
            Abuse(caseId, At(2026, 11, 20), AbuseSubType.PhysicalViolence, "family", "21025", Child(ChildA, Sex.Female, 9))).Apply(
            new CaseStatusChanged(caseId, "21025", CaseStatus.InitialAssessment, CaseStatus.Emergency, At(2026, 11, 20, 15), 4),
            // The chair decided at 13:00, before the assessment was typed in at 15:00.
            new CaseStatusChanged(caseId, "21025", CaseStatus.Emergency, CaseStatus.SpecificAssessment, At(2026, 11, 20, 13), 5));

        Assert.Equal(new Dictionary<string, int> { ["SpecificAssessment"] = 1 }, harness.Table(OpenByStatus, IndicatorRules.NowKey, "21025"));
        Assert.Equal(harness.Recount(), harness.Cells);
    }

    [Fact]
    public void Every_breakdown_has_distinct_totals_and_children_under_16_are_totalled_apart()
    {
        var harness = new IndicatorHarness(Today).Confirmed(
            // A: two incidents of violence in two settings; B: 16, protected and counted, outside the Law on Children's statistics.
            Abuse(Guid.NewGuid(), At(2026, 1, 10), AbuseSubType.PhysicalViolence, "family", "21025", Child(ChildA, Sex.Female, 9)),
            Abuse(Guid.NewGuid(), At(2026, 2, 10), AbuseSubType.EmotionalViolence, "school", "21025", Child(ChildA, Sex.Female, 9)),
            Abuse(Guid.NewGuid(), At(2026, 3, 10), AbuseSubType.Molestation, "school", "21025", Child(ChildB, Sex.Male, 16)));

        int Margin(string cell) => harness.Count(AbusedChildren, "2026-H1", "51", cell);
        Assert.Equal(3, harness.Table(AbusedChildren, "2026-H1", "51").Values.Sum()); // Summing the table counts A twice.
        Assert.Equal(2, Margin(Total));
        Assert.Equal(1, Margin(TotalUnder16));
        Assert.Equal(1, Margin("Violence|*|*|*|*")); // A once, not once per setting.
        Assert.Equal(1, Margin("Violence|*|Female|*|*"));
        Assert.Equal(1, Margin("Violence|*|Female|6-<11|*"));
        Assert.Equal(1, Margin("Violence|PhysicalViolence|*|*|*"));
        Assert.Equal(2, Margin("*|*|*|*|school"));
        Assert.Equal(1, Margin("*|*|Female|*|*"));
        Assert.Equal(1, Margin("*|*|*|16-<18|*"));
        Assert.Equal(1, Margin("*|*|Male|16-<18|*"));
        Assert.Equal(harness.Recount(), harness.Cells);
    }
}
