using System.Globalization;
using CaseManagement.Cases.Contracts;
using static CaseManagement.Reporting.Domain.Indicators.IndicatorCatalogue;

namespace CaseManagement.Reporting.Domain.Indicators;

/// <summary>
/// One thing an indicator counts: <see cref="Subject"/> names it within its record (empty: the record
/// itself, the case or the child), so that the same thing is counted once however many events say it.
/// It counts in the periods holding <see cref="On"/>, or only in <see cref="Only"/> when that is set;
/// <see cref="Under16"/>: a child under 16 at the report, also counted in the total under 16.
/// </summary>
public sealed record IndicatorFact(string Indicator, string UnitCode, string Cell, string Subject, DateOnly On, ReportingPeriod? Only = null, bool Under16 = false);

/// <summary>
/// The definitions of the indicators as pure functions of the case states: what each case, and each
/// child across their cases, counts in. "Children" indicators are computed per child, so a child with
/// two cases in a period counts once in each cell (and in the total) they fall in; their sex and age
/// group are those reported in the case that puts them in the cell.
/// </summary>
public sealed class IndicatorRules(ReportingCalendar calendar, AgeGroups ageGroups, DateOnly today, ReportingPeriod? custom = null)
{
    /// <summary>The pseudo-period of "now" figures (open cases by step, limits overdue now).</summary>
    public const string NowKey = "NOW";

    /// <summary>The cell value of a dimension a case leaves unrecorded (a kind, a type, a setting not given).</summary>
    public const string NotRecorded = "unknown";

    public ReportingPeriod Now { get; } = new(NowKey, PeriodKind.Custom, today, today);

    public ReportingCalendar Calendar => calendar;

    public AgeGroups AgeGroups => ageGroups;

    public DateOnly Today => today;

    /// <summary>The same rules counting in one custom range only (computed on request, not kept).</summary>
    public IndicatorRules For(ReportingPeriod range) => new(calendar, ageGroups, today, range);

    /// <summary>The periods a fact dated <paramref name="on"/> counts in.</summary>
    public IEnumerable<ReportingPeriod> PeriodsOf(DateOnly on) =>
        custom is null ? calendar.KeptPeriodsOf(on) : custom.Contains(on) ? [custom] : [];

    /// <summary>The periods whose end a case reported on <paramref name="reported"/> may be open at.</summary>
    private IEnumerable<ReportingPeriod> PeriodsEndingFrom(DateOnly reported) =>
        custom is null ? calendar.KeptPeriodsBetween(reported, today) : reported <= custom.To ? [custom] : [];

    public IEnumerable<IndicatorFact> OfCase(CaseState c)
    {
        if (c.ReportedOn is not { } reported)
        {
            yield break; // Events about a case whose report has not arrived yet wait for it.
        }

        // Each fact counts in the unit that held the case when it happened; "now" figures where the case is now.
        var reportedUnit = c.ReportedUnit;
        var kind = c.Kind?.ToString() ?? NotRecorded;
        yield return new(CasesOpened, reportedUnit, kind, "", reported);
        foreach (var closure in c.Closures)
        {
            var subject = closure.At.UtcTicks.ToString(CultureInfo.InvariantCulture);
            yield return closure.Code == CaseState.Reopened
                ? new(CasesReopened, c.UnitAt(closure.At), Total, subject, closure.On)
                : new(CasesClosed, c.UnitAt(closure.At), closure.Code, subject, closure.On);
        }

        foreach (var period in PeriodsEndingFrom(reported))
        {
            if (period.To < today ? c.IsOpenAt(period.To) : c.IsOpen)
            {
                yield return new(CasesOpenAtEnd, period.To < today ? c.UnitOn(period.To) : c.UnitCode, kind, "", period.To, period);
            }
        }

        foreach (var emergency in c.Emergencies)
        {
            yield return new(EmergencyInterventions, c.UnitAt(emergency.At), Total, emergency.Id.ToString(), emergency.On);
        }

        foreach (var separation in c.Separations)
        {
            yield return new(Separations, c.UnitAt(separation.At), separation.Code, separation.Id.ToString(), separation.On);
        }

        foreach (var deadline in c.Deadlines)
        {
            if (deadline.Met is { } met)
            {
                yield return new(Deadlines, c.UnitOn(deadline.DueOn), Cell(deadline.Rule, met ? "met" : "missed"), deadline.Id.ToString(), deadline.DueOn);
            }

            if (deadline.Overdue && c.IsOpen)
            {
                yield return new(OverdueByRule, c.UnitCode, deadline.Rule, deadline.Id.ToString(), today, Now);
            }
        }

        foreach (var referral in c.PoliceReferrals)
        {
            if (referral is { Outcome: { } outcome, OutcomeOn: { } outcomeOn })
            {
                yield return new(PoliceOutcomes, c.UnitOn(outcomeOn), outcome.ToString(), referral.Id.ToString(), outcomeOn);
            }

            yield return new(PoliceResponseTimes, c.UnitAt(referral.SentAt), Cell(referral.Direction.ToString(), ResponseTime(referral)), referral.Id.ToString(),
                BuildingBlocks.Time.VietnamTime.DateOf(referral.SentAt));
        }

        if (c.IsOpen)
        {
            yield return new(OpenByStatus, c.UnitCode, c.Status.ToString(), "", today, Now);
            yield return new(CasesOpenAtEnd, c.UnitCode, kind, "", today, Now);
        }

        foreach (var check in QualityChecks(c))
        {
            yield return new(check, reportedUnit, Total, "", reported);
        }
    }

    /// <summary>What a child counts in across all the cases they are in.</summary>
    public IEnumerable<IndicatorFact> OfChild(Guid childId, IEnumerable<CaseState> cases)
    {
        foreach (var c in cases)
        {
            if (c.ReportedOn is not { } reported || c.Children.Find(ch => ch.ChildId == childId) is not { } child)
            {
                continue;
            }

            var under16 = child.AgeAtReport < 16;
            foreach (var service in c.Services)
            {
                yield return new(ChildrenSupported, c.UnitOn(service.On), service.Code, "", service.On, Under16: under16);
            }

            if (!c.Confirmed)
            {
                continue; // Abused, injured and special-circumstance children are those of confirmed reports.
            }

            var sex = child.Sex.ToString();
            var age = ageGroups.Of(child.AgeAtReport);
            switch (c.Kind)
            {
                case IncidentKind.Abuse:
                    var type = c.AbuseType?.ToString() ?? NotRecorded;
                    var subtype = c.AbuseSubType?.ToString() ?? NotRecorded;
                    yield return new(AbusedChildren, c.ReportedUnit, Cell(type, subtype, sex, age, c.Setting ?? NotRecorded), "", reported, Under16: under16);
                    break;
                case IncidentKind.Injury:
                    var indicator = c.InjurySeverity == InjurySeverity.Died ? ChildrenDied : InjuredChildren;
                    yield return new(indicator, c.ReportedUnit, Cell(CauseGroup(c.InjuryCause), sex, age), "", reported, Under16: under16);
                    break;
            }

            foreach (var group in c.SpecialCircumstances)
            {
                yield return new(SpecialCircumstances, c.ReportedUnit, group.ToString(), "", reported, Under16: under16);
            }
        }
    }

    /// <summary>The data-quality checks a case fails: a child without sex or age, an emergency judged
    /// needed without a decision, an incident not fully classified.</summary>
    private static IEnumerable<string> QualityChecks(CaseState c)
    {
        if (c.Children.Exists(ch => ch.Sex == Sex.Unknown))
        {
            yield return MissingSex;
        }

        if (c.Children.Exists(ch => ch.AgeAtReport is null))
        {
            yield return MissingAge;
        }

        if (c.EmergencyNeeded && c.Emergencies.Count == 0)
        {
            yield return EmergencyWithoutDecision;
        }

        var classified = c.Kind switch
        {
            IncidentKind.Abuse => c.AbuseType is not null && c.AbuseSubType is not null && c.Setting is not null,
            IncidentKind.Injury => c.InjuryCause is not null && c.InjurySeverity is not null,
            IncidentKind.SpecialCircumstances => c.SpecialCircumstances.Count > 0,
            _ => false,
        };
        if (!classified)
        {
            yield return Unclassified;
        }
    }

    /// <summary>The seeds ask for drowning and traffic apart; every other cause counts as "Other".</summary>
    public static string CauseGroup(InjuryCause? cause) => cause switch
    {
        InjuryCause.Drowning => nameof(InjuryCause.Drowning),
        InjuryCause.Traffic => nameof(InjuryCause.Traffic),
        _ => nameof(InjuryCause.Other),
    };

    /// <summary>How long the receiving side took to acknowledge: within 24 h, 24–48 h, over 48 h, or not yet.</summary>
    public static string ResponseTime(PoliceReferralFact referral) => referral.AcknowledgedAt is not { } acknowledged
        ? "pending"
        : (acknowledged - referral.SentAt).TotalHours switch
        {
            <= 24 => "0-24h",
            <= 48 => "24-48h",
            _ => ">48h",
        };

    public static string Cell(params string[] values) => string.Join('|', values);
}
