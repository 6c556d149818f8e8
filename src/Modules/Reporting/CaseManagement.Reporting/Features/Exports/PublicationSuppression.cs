using System.Globalization;
using CaseManagement.Reporting.Features.Reports;

namespace CaseManagement.Reporting.Features.Exports;

/// <summary>A figure as an export shows it: the exact count, or "&lt;5" when it is suppressed.</summary>
public sealed record ShownFigure(int Count, bool Suppressed, string Text);

/// <summary>
/// Small counts can identify a child (DOMAIN.md §6): in an export meant for publication, counts
/// from 1 to threshold − 1 are shown as "&lt;threshold". A table shows its rows and a total, so a
/// single suppressed row could be worked out from the total and the others: the smallest other
/// non-zero row is then suppressed too (complementary suppression). Zero is shown: it reveals no one.
/// </summary>
public static class PublicationSuppression
{
    public static (IReadOnlyList<ShownFigure> Rows, ShownFigure Total) Apply(IndicatorTable table, int threshold)
    {
        var small = table.Rows.Select(r => IsSmall(r.Count, threshold)).ToArray();
        var totalSmall = IsSmall(table.Total, threshold);
        if (small.Count(s => s) == 1 && !totalSmall)
        {
            var complement = table.Rows.Select((r, i) => (r.Count, i)).Where(x => !small[x.i] && x.Count > 0).OrderBy(x => x.Count).ThenBy(x => x.i)
                .Select(x => (int?)x.i).FirstOrDefault();
            if (complement is { } index)
            {
                small[index] = true;
            }
        }

        return (table.Rows.Select((r, i) => Show(r.Count, small[i], threshold)).ToList(), Show(table.Total, totalSmall, threshold));
    }

    /// <summary>Every figure exact (internal use by entitled roles).</summary>
    public static (IReadOnlyList<ShownFigure> Rows, ShownFigure Total) Exact(IndicatorTable table) =>
        (table.Rows.Select(r => Show(r.Count, false, 0)).ToList(), Show(table.Total, false, 0));

    private static bool IsSmall(int count, int threshold) => count > 0 && count < threshold;

    private static ShownFigure Show(int count, bool suppressed, int threshold) =>
        new(count, suppressed, suppressed ? "<" + threshold.ToString(CultureInfo.InvariantCulture) : count.ToString(CultureInfo.InvariantCulture));
}
