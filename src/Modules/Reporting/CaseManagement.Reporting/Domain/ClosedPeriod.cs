namespace CaseManagement.Reporting.Domain;

/// <summary>
/// A period a manager closed and signed for their unit: a frozen copy of every figure, the versions
/// of the indicators that made them and the data-quality checks shown at signing. It never changes;
/// later events show as a revision beside it.
/// </summary>
public sealed class ClosedPeriod(string periodKey, string unitCode)
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public string PeriodKey { get; private set; } = periodKey;

    public string UnitCode { get; private set; } = unitCode;

    public DateTimeOffset ClosedAt { get; init; }

    public string ClosedBy { get; init; } = "";

    public string SignerName { get; init; } = "";

    public string SignerTitle { get; init; } = "";

    /// <summary>JSON: indicator code → cell → count.</summary>
    public string Figures { get; init; } = "{}";

    /// <summary>JSON: indicator code → version.</summary>
    public string IndicatorVersions { get; init; } = "{}";

    /// <summary>JSON: check code → count, as shown when signing.</summary>
    public string Checks { get; init; } = "{}";
}
