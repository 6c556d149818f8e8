namespace CaseManagement.Reporting.Domain.Indicators;

/// <summary>Where a unit's records count at the end of a period: the unit (or its successor after a
/// merger) and every unit above it, in the hierarchy in force on that day.</summary>
public interface IUnitChains
{
    IReadOnlyList<string> ChainAt(string unitCode, DateOnly day);
}

/// <summary>
/// Turns facts into contributions, "indicator#period#unit#cell#subject": one per kept period
/// (half-year, year, month) and per unit up the chain, in the fact's cell, in the total, in the total
/// under 16 for a child under 16, and, but for months, in each margin the indicator keeps (<see cref="Breakdowns"/>). A cell's
/// count is the number of distinct contributions to it, which is what makes children distinct at
/// every level: a child counted by two cases of one province contributes once to the province.
/// </summary>
public static class Contributions
{
    public const char Separator = '#';

    public static HashSet<string> Of(IEnumerable<IndicatorFact> facts, IndicatorRules rules, IUnitChains units)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            var periods = fact.Only is { } only ? [only] : rules.PeriodsOf(fact.On);
            var margins = MarginsOf(fact);
            foreach (var period in periods)
            {
                foreach (var unit in units.ChainAt(fact.UnitCode, period.To))
                {
                    var prefix = string.Join(Separator, fact.Indicator, period.Key, unit);
                    keys.Add(string.Join(Separator, prefix, fact.Cell, fact.Subject));
                    if (fact.Cell != IndicatorCatalogue.Total)
                    {
                        keys.Add(string.Join(Separator, prefix, IndicatorCatalogue.Total, fact.Subject));
                    }

                    if (fact.Under16)
                    {
                        keys.Add(string.Join(Separator, prefix, IndicatorCatalogue.TotalUnder16, fact.Subject));
                    }

                    // Months serve trends: their breakdowns would multiply the cells for no state report.
                    foreach (var margin in period.Kind == PeriodKind.Month ? [] : margins)
                    {
                        keys.Add(string.Join(Separator, prefix, margin, fact.Subject));
                    }
                }
            }
        }

        return keys;
    }

    /// <summary>The margin cells a fact also counts in (<see cref="Breakdowns"/>).</summary>
    private static string[] MarginsOf(IndicatorFact fact)
    {
        if (fact.Cell == IndicatorCatalogue.Total || IndicatorCatalogue.Find(fact.Indicator) is not { Margins.Count: > 0 } definition)
        {
            return [];
        }

        var values = fact.Cell.Split('|');
        return values.Length == definition.Dimensions.Count ? [.. definition.Margins.Select(m => Breakdowns.MarginOf(values, m))] : [];
    }

    /// <summary>The cell a contribution counts in: the key without its subject.</summary>
    public static string CellOf(string contribution) => contribution[..contribution.LastIndexOf(Separator)];

    /// <summary>Adds +1 for each contribution only in <paramref name="after"/> and −1 for each only in <paramref name="before"/>.</summary>
    public static void Diff(HashSet<string> before, HashSet<string> after, Dictionary<string, int> deltas)
    {
        foreach (var key in after)
        {
            if (!before.Contains(key))
            {
                Add(deltas, CellOf(key), 1);
            }
        }

        foreach (var key in before)
        {
            if (!after.Contains(key))
            {
                Add(deltas, CellOf(key), -1);
            }
        }
    }

    private static void Add(Dictionary<string, int> deltas, string cell, int delta) =>
        deltas[cell] = deltas.GetValueOrDefault(cell) + delta;
}
