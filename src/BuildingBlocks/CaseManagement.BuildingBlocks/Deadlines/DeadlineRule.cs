using CaseManagement.BuildingBlocks.Time;

namespace CaseManagement.BuildingBlocks.Deadlines;

public enum DeadlineUnit
{
    /// <summary>On the clock, nights and holidays included.</summary>
    Hours = 1,

    /// <summary>To the end of the n-th working day after the start day.</summary>
    WorkingDays,

    /// <summary>To the end of the n-th day after the start day.</summary>
    Days,

    /// <summary>To the end of the same day n months later.</summary>
    Months,
}

/// <summary>
/// A time limit as data: a signal starts it, any of its stop signals ends it, and it runs for an
/// amount of hours, working days, days or months in Vietnam time. A rule may apply to one province
/// only, or only to remote communes: the most specific rule with a given code wins, so a province
/// can make a national limit stricter (HCMC: verification within 2 hours) without touching code.
/// Settable properties, so that rules bind from configuration (<c>Deadlines:Rules</c>).
/// </summary>
public sealed class DeadlineRule
{
    /// <summary>The module whose deadlines the rule governs (its schema name: cases, support).</summary>
    public string Module { get; set; } = "";

    public string Code { get; set; } = "";

    public string NameVi { get; set; } = "";

    public string NameEn { get; set; } = "";

    /// <summary>The rule's name in the caller's language (Vietnamese unless English was asked for).</summary>
    public string Name => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? NameEn : NameVi;

    public string StartSignal { get; set; } = "";

    public List<string> StopSignals { get; set; } = [];

    public int Amount { get; set; }

    public DeadlineUnit Unit { get; set; } = DeadlineUnit.Hours;

    /// <summary>Null: every province.</summary>
    public string? ProvinceCode { get; set; }

    /// <summary>Null: every commune; true: remote, mountain or island communes only; false: the others.</summary>
    public bool? Remote { get; set; }

    public bool AppliesTo(string? provinceCode, bool remote) =>
        (ProvinceCode is null || ProvinceCode == provinceCode) && (Remote is null || Remote == remote);

    /// <summary>How specific the rule is: a province beats a remote flag beats a national rule.</summary>
    public int Specificity => (ProvinceCode is null ? 0 : 2) + (Remote is null ? 0 : 1);

    public DateTimeOffset DueFrom(DateTimeOffset start, WorkingCalendar calendar) => Unit switch
    {
        DeadlineUnit.Hours => WorkingCalendar.AddHours(start, Amount),
        DeadlineUnit.WorkingDays => calendar.AddWorkingDays(start, Amount),
        DeadlineUnit.Days => VietnamTime.StartOf(VietnamTime.DateOf(start).AddDays(Amount + 1)),
        DeadlineUnit.Months => VietnamTime.StartOf(VietnamTime.DateOf(start).AddMonths(Amount).AddDays(1)),
        _ => throw new InvalidOperationException($"Deadline rule '{Code}' has no unit."),
    };
}
