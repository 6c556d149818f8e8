using CaseManagement.Directory.Contracts;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Domain.Indicators;

namespace CaseManagement.Reporting.Features.Reports;

/// <summary>One cell of an indicator table: the values of its dimensions (codes and labels) and its count.</summary>
public sealed record ReportRow(IReadOnlyList<string> Values, IReadOnlyList<string> Labels, int Count);

/// <summary>An indicator's table; <see cref="Total"/> counts each child (case, event) once, so it can be
/// smaller than the sum of rows when one child is in two cells. A table of children also gives the total
/// of those under 16 at the report (<see cref="TotalUnder16"/>, the Law on Children's statistics) and, in
/// <see cref="Breakdowns"/>, distinct totals by each single dimension and by the combinations a state report uses.</summary>
public sealed record IndicatorTable(
    string Code, int Version, string Name, string Definition, CountOf Counts, IReadOnlyList<string> Dimensions, IReadOnlyList<string> DimensionNames,
    int Total, int? TotalUnder16, IReadOnlyList<ReportRow> Rows, IReadOnlyList<BreakdownTable> Breakdowns);

/// <summary>Distinct totals by some of an indicator's dimensions: each row counts each child (case, event) once.</summary>
public sealed record BreakdownTable(IReadOnlyList<string> Dimensions, IReadOnlyList<string> DimensionNames, IReadOnlyList<ReportRow> Rows);

public sealed record ReportPeriodView(string Key, PeriodKind Kind, DateOnly From, DateOnly To);

public sealed record ReportUnitView(string Code, string Name, UnitLevel? Level);

/// <summary>A change of a closed period's figure since it was signed: the count at signing and now.</summary>
public sealed record RevisionLine(string Indicator, IReadOnlyList<string> Values, IReadOnlyList<string> Labels, int AtSigning, int Current);

public sealed record ClosureView(DateTimeOffset ClosedAt, string ClosedBy, string SignerName, string SignerTitle, IReadOnlyDictionary<string, int> IndicatorVersions);

/// <summary>A unit's report for a period. For a closed period the figures are the signed ones; what
/// changed since shows in <see cref="Revision"/>, beside them, never in place of them.</summary>
public sealed record ReportResponse(
    ReportUnitView Unit, ReportPeriodView Period, IReadOnlyList<IndicatorTable> Indicators, ClosureView? Closure, IReadOnlyList<RevisionLine> Revision);
