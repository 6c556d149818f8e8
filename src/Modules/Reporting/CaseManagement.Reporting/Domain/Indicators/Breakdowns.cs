namespace CaseManagement.Reporting.Domain.Indicators;

/// <summary>
/// The margins of an indicator's table that get their own distinct totals, as TT13's tables publish them:
/// each subject dimension (type, sub-type, setting, cause…) alone, with sex, with the age group and with both;
/// sex, age group and the two together; never the full table (its cells) nor nothing (the total). A sub-type
/// is always shown with its type. A child with two incidents of one type counts once in that type's total,
/// which summing the table's rows would count twice.
/// </summary>
public static class Breakdowns
{
    private static readonly string[] Personal = ["sex", "age"];

    public static IReadOnlyList<IReadOnlyList<int>> Of(IReadOnlyList<string> dimensions)
    {
        if (dimensions.Count < 2)
        {
            return [];
        }

        var personal = Personal.Select(d => IndexOf(dimensions, d)).Where(i => i >= 0).ToList();
        var subjects = Enumerable.Range(0, dimensions.Count).Where(i => !personal.Contains(i))
            .Select(i => dimensions[i] == "subtype" && IndexOf(dimensions, "type") is >= 0 and var type ? new[] { type, i } : [i])
            .Prepend([]).ToList();
        var personalSets = Enumerable.Range(0, 1 << personal.Count).Select(mask => personal.Where((_, bit) => (mask & (1 << bit)) != 0).ToArray());
        return subjects.SelectMany(subject => personalSets.Select(set => subject.Concat(set).Order().ToArray()))
            .Where(set => set.Length > 0 && set.Length < dimensions.Count)
            .DistinctBy(set => string.Join(',', set))
            .OrderBy(set => set.Length).ThenBy(set => string.Join(',', set.Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture))))
            .Select(set => (IReadOnlyList<int>)set).ToList();
    }

    /// <summary>The margin cell of a cell: its values kept at the margin's positions, "*" elsewhere.</summary>
    public static string MarginOf(string[] values, IReadOnlyList<int> margin)
    {
        var parts = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            parts[i] = IndicatorCatalogue.AllValues;
        }

        foreach (var i in margin)
        {
            parts[i] = values[i];
        }

        return string.Join('|', parts);
    }

    /// <summary>Which margin a cell belongs to (the positions of its values that are not "*"), or null for a cell of the table itself.</summary>
    public static IReadOnlyList<int>? MarginOfCell(string[] values)
    {
        if (!values.Contains(IndicatorCatalogue.AllValues))
        {
            return null;
        }

        return Enumerable.Range(0, values.Length).Where(i => values[i] != IndicatorCatalogue.AllValues).ToArray();
    }

    private static int IndexOf(IReadOnlyList<string> dimensions, string dimension)
    {
        for (var i = 0; i < dimensions.Count; i++)
        {
            if (dimensions[i] == dimension)
            {
                return i;
            }
        }

        return -1;
    }
}
