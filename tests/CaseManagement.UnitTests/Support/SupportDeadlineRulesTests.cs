using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.SupportInterventions.Features.Shared;

namespace CaseManagement.UnitTests.Support;

/// <summary>SupportInterventions' national limits on the default working-day calendar, across Tết
/// Bính Ngọ (holidays Monday 16 – Friday 20 February 2026).</summary>
public class SupportDeadlineRulesTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly DeadlineRuleBook<object> Book = new(SupportDeadlineRules.Defaults);

    [Theory]
    // Planning starts Friday 13 Feb: Tết and two weekends pass; 5 working days end on Friday 27 Feb.
    [InlineData(SupportDeadlineRules.PlanningStarted, "plan-drafting", "2026-02-13T14:00", "2026-02-28T00:00")]
    // Submitted the same Friday: the chair has Monday 23 and Tuesday 24 Feb.
    [InlineData(SupportDeadlineRules.PlanSubmitted, "plan-approval", "2026-02-13T14:00", "2026-02-25T00:00")]
    // Separated on Tết eve: day 15 is Monday 2 March, holidays count as days.
    [InlineData(SupportDeadlineRules.SeparationStarted, "separation-reassessment", "2026-02-16T20:00", "2026-03-03T00:00")]
    // Placed in alternative care on Tết eve: follow-ups by 16 March and 16 May, then every 6 months.
    [InlineData(SupportDeadlineRules.AlternativeCareStarted, "alternative-care-first-follow-up", "2026-02-16T20:00", "2026-03-17T00:00")]
    [InlineData(SupportDeadlineRules.AlternativeCareStarted, "alternative-care-second-follow-up", "2026-02-16T20:00", "2026-05-17T00:00")]
    [InlineData(SupportDeadlineRules.PeriodicFollowUp, "alternative-care-periodic-follow-up", "2026-05-10T10:00", "2026-11-11T00:00")]
    public void Limits_count_on_the_working_day_calendar(string signal, string rule, string start, string due)
    {
        var started = Book.StartedBy(signal, "51", remote: false).Single(r => r.Code == rule);
        Assert.Equal(At(due), started.DueFrom(At(start), WorkingCalendar.Defaults));
    }

    [Fact]
    public void Closing_the_case_stops_every_support_limit_and_a_periodic_follow_up_stops_and_restarts_its_own()
    {
        Assert.Equal(SupportDeadlineRules.Defaults.Select(r => r.Code).Order(), Book.CodesStoppedBy(SupportDeadlineRules.CaseClosed).Order());
        Assert.Equal(["alternative-care-periodic-follow-up"], Book.CodesStoppedBy(SupportDeadlineRules.PeriodicFollowUp));
        Assert.Equal(["alternative-care-periodic-follow-up"], Book.StartedBy(SupportDeadlineRules.PeriodicFollowUp, "51", remote: false).Select(r => r.Code));
    }

    private static DateTimeOffset At(string local) => new(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), Vietnam);
}
