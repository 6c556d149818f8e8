using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Cases.Contracts;
using CaseManagement.SupportInterventions.Contracts;

namespace CaseManagement.Reporting.Domain;

/// <summary>
/// What Reporting knows of one case, folded from the integration events (no names, no narrative).
/// Every fact that counts in a period keeps its own date, so the state is the same whatever order
/// events of different queues arrive in; only the current status and unit go by the latest event.
/// Stored as JSON on <see cref="CaseRecord"/>.
/// </summary>
public sealed class CaseState
{
    public Guid CaseId { get; set; }

    /// <summary>The commune that holds the case now.</summary>
    public string UnitCode { get; set; } = "";

    /// <summary>Where the case was held and from when: the commune it was reported to, then each commune that
    /// accepted it, in time order. A fact counts in the unit that held the case when it happened.</summary>
    public List<UnitSpell> Units { get; set; } = [];

    /// <summary>The day the first report was received, in Vietnam time.</summary>
    public DateOnly? ReportedOn { get; set; }

    public IncidentKind? Kind { get; set; }

    public AbuseType? AbuseType { get; set; }

    public AbuseSubType? AbuseSubType { get; set; }

    public InjuryCause? InjuryCause { get; set; }

    public InjurySeverity? InjurySeverity { get; set; }

    public List<SpecialCircumstance> SpecialCircumstances { get; set; } = [];

    public string? Setting { get; set; }

    public List<ChildState> Children { get; set; } = [];

    public CaseStatus Status { get; set; } = CaseStatus.Reported;

    /// <summary>The report was found true: the case reached the initial assessment, after verification or
    /// by a reopening. Only confirmed cases count abused, injured or special-circumstance children.</summary>
    public bool Confirmed { get; set; }

    public DateTimeOffset StatusAt { get; set; }

    /// <summary>The case's version after its latest step (what orders its steps).</summary>
    public int StatusVersion { get; set; }

    public bool EmergencyNeeded { get; set; }

    public List<DatedFact> Emergencies { get; set; } = [];

    /// <summary>Separations started; <see cref="DatedFact.Code"/> is the placement.</summary>
    public List<DatedFact> Separations { get; set; } = [];

    /// <summary>Days a service was delivered or completed; <see cref="DatedFact.Code"/> is the service type.</summary>
    public List<DatedFact> Services { get; set; } = [];

    public List<DeadlineFact> Deadlines { get; set; } = [];

    public List<PoliceReferralFact> PoliceReferrals { get; set; } = [];

    /// <summary>Closures (<see cref="DatedFact.Code"/> is the reason) and reopenings (code "reopened"), each on its day.</summary>
    public List<DatedFact> Closures { get; set; } = [];

    public bool Known => ReportedOn is not null;

    /// <summary>The commune the report was received by: where the case was opened and confirmed.</summary>
    public string ReportedUnit => Units.Count > 0 ? Units[0].UnitCode : UnitCode;

    /// <summary>The commune that held the case at that moment.</summary>
    public string UnitAt(DateTimeOffset at) => Units.LastOrDefault(u => u.From <= at)?.UnitCode ?? ReportedUnit;

    /// <summary>The commune that held the case at the end of that day.</summary>
    public string UnitOn(DateOnly day) => Units.LastOrDefault(u => VietnamTime.DateOf(u.From) <= day)?.UnitCode ?? ReportedUnit;

    /// <summary>Adds where the case was held from a moment on (again: no change), keeping time order.</summary>
    public void HeldBy(string unitCode, DateTimeOffset from)
    {
        var spell = new UnitSpell(unitCode, from);
        if (!Units.Contains(spell))
        {
            Units.Add(spell);
            Units.Sort((a, b) => a.From.CompareTo(b.From));
        }

        UnitCode = Units[^1].UnitCode;
    }

    public bool IsOpen => Known && Status != CaseStatus.Closed;

    /// <summary>Open at the end of <paramref name="day"/>: reported by then, and its last closure
    /// or reopening by then was a reopening (or there was none).</summary>
    public bool IsOpenAt(DateOnly day) =>
        ReportedOn is { } reported && reported <= day
        && Closures.Where(c => c.On <= day).OrderBy(c => c.On).ThenBy(c => c.At).LastOrDefault() is not { Code: not Reopened };

    public const string Reopened = "reopened";
}

/// <summary>A commune holding a case from a moment on.</summary>
public sealed record UnitSpell(string UnitCode, DateTimeOffset From);

/// <summary>A child in the case: the facts statistics need, as reported in this case.</summary>
public sealed record ChildState(Guid ChildId, Sex Sex, int? AgeAtReport);

/// <summary>Something that happened on a day: <see cref="Id"/> names it so a repeat is not counted twice.</summary>
public sealed record DatedFact(Guid Id, DateOnly On, string Code, DateTimeOffset At);

/// <summary>A time limit, counted on the day it fell due. Its stop decides whether it was met (judged by when
/// the step was done, which may be typed in after the sweep found the limit past due); until a stop arrives, a
/// limit found past due is missed and <see cref="Overdue"/>.</summary>
public sealed record DeadlineFact(Guid Id, string Rule, DateOnly DueOn, bool? Met, bool Stopped, bool Overdue);

public sealed record PoliceReferralFact(
    Guid Id, ReferralDirection Direction, DateTimeOffset SentAt, DateTimeOffset? AcknowledgedAt, ReferralOutcome? Outcome, DateOnly? OutcomeOn);
