namespace CaseManagement.Reporting.Domain.Indicators;

/// <summary>What an indicator counts: distinct children, cases, or events (interventions, referrals, deadlines).</summary>
public enum CountOf
{
    Children = 1,
    Cases,
    Events,
}

/// <summary>
/// An indicator: its code, the version of its definition (a closed period records the versions it
/// used), what it counts and the dimensions of its cells, in order. Names and definitions are in
/// the localisation resources ("indicator.{code}.name", ".definition").
/// </summary>
public sealed record IndicatorDefinition(string Code, int Version, CountOf Counts, IReadOnlyList<string> Dimensions, bool Published = true)
{
    /// <summary>The dimensions a distinct total is kept for, each by their positions in <see cref="Dimensions"/>
    /// (<see cref="Breakdowns"/>).</summary>
    public IReadOnlyList<IReadOnlyList<int>> Margins { get; } = Breakdowns.Of(Dimensions);
}

/// <summary>Every indicator Reporting keeps. Changing what one counts means a new version and a rebuild.</summary>
public static class IndicatorCatalogue
{
    /// <summary>TT13 indicator 0101: abused children by type/sub-type, sex, age group and setting.</summary>
    public const string AbusedChildren = "0101";
    public const string InjuredChildren = "TNTT01";
    public const string ChildrenDied = "TNTT02";
    public const string SpecialCircumstances = "HCDB01";
    public const string ChildrenSupported = "HTCT01";
    public const string EmergencyInterventions = "CTKC01";
    public const string Separations = "CTKC02";
    public const string Deadlines = "THAN01";
    public const string PoliceOutcomes = "CA01";
    public const string PoliceResponseTimes = "CA02";
    public const string CasesOpened = "HS01";
    public const string CasesClosed = "HS02";
    public const string CasesReopened = "HS03";
    public const string CasesOpenAtEnd = "HS04";

    /// <summary>Now, not in a period: open cases by step, and limits overdue now by rule (dashboard, checks).</summary>
    public const string OpenByStatus = "DB01";
    public const string OverdueByRule = "DB02";

    // Data-quality checks shown before a period is closed.
    public const string MissingSex = "DQ01";
    public const string MissingAge = "DQ02";
    public const string EmergencyWithoutDecision = "DQ03";
    public const string Unclassified = "DQ04";

    /// <summary>The cell every fact also counts in: the indicator's total (distinct children for a children indicator).</summary>
    public const string Total = "*";

    /// <summary>The total of the children under 16 at the report, whom the Law on Children's statistics concern.</summary>
    public const string TotalUnder16 = "*<16";

    /// <summary>A dimension's value in a cell that totals over it (a margin).</summary>
    public const string AllValues = "*";

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new(AbusedChildren, 2, CountOf.Children, ["type", "subtype", "sex", "age", "setting"]),
        new(InjuredChildren, 2, CountOf.Children, ["cause", "sex", "age"]),
        new(ChildrenDied, 2, CountOf.Children, ["cause", "sex", "age"]),
        new(SpecialCircumstances, 2, CountOf.Children, ["group"]),
        new(ChildrenSupported, 2, CountOf.Children, ["service"]),
        new(EmergencyInterventions, 2, CountOf.Events, []),
        new(Separations, 2, CountOf.Events, ["placement"]),
        new(Deadlines, 2, CountOf.Events, ["rule", "met"]),
        new(PoliceOutcomes, 2, CountOf.Events, ["outcome"]),
        new(PoliceResponseTimes, 2, CountOf.Events, ["direction", "response"]),
        new(CasesOpened, 2, CountOf.Cases, ["kind"]),
        new(CasesClosed, 2, CountOf.Events, ["reason"]),
        new(CasesReopened, 2, CountOf.Events, []),
        new(CasesOpenAtEnd, 2, CountOf.Cases, ["kind"]),
        new(OpenByStatus, 2, CountOf.Cases, ["status"], Published: false),
        new(OverdueByRule, 2, CountOf.Events, ["rule"], Published: false),
        new(MissingSex, 2, CountOf.Cases, [], Published: false),
        new(MissingAge, 2, CountOf.Cases, [], Published: false),
        new(EmergencyWithoutDecision, 2, CountOf.Cases, [], Published: false),
        new(Unclassified, 2, CountOf.Cases, [], Published: false),
    ];

    public static IReadOnlyList<string> DataQualityChecks { get; } = [MissingSex, MissingAge, EmergencyWithoutDecision, Unclassified, OverdueByRule];

    private static readonly Dictionary<string, IndicatorDefinition> ByCode = All.ToDictionary(i => i.Code, StringComparer.Ordinal);

    public static IndicatorDefinition? Find(string code) => ByCode.GetValueOrDefault(code);
}
