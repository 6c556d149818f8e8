using System.Globalization;

namespace CaseManagement.Reporting.Features.Exports;

/// <summary>A figure as an export shows it: the exact count, or "&lt;5" when it is suppressed.</summary>
public sealed record ShownFigure(int Count, bool Suppressed, string Text);

/// <summary>
/// Small counts can identify a child (docs/domain.md §6): in an export meant for publication, counts
/// from 1 to threshold − 1 are shown as "&lt;threshold". A table shows its rows and a total, so a
/// single suppressed row could be worked out from the total and the others: the smallest other
/// non-zero row is then suppressed too (complementary suppression). Zero is shown: it reveals no one.
/// </summary>
public static class PublicationSuppression
{
    /// <param name="threshold">Counts from 1 to threshold − 1 are suppressed; 0 shows every figure exact.</param>
    public static (IReadOnlyList<ShownFigure> Rows, ShownFigure Total) Apply(IReadOnlyList<int> counts, int total, int threshold)
    {
        var small = counts.Select(c => IsSmall(c, threshold)).ToArray();
        var totalSmall = IsSmall(total, threshold);
        if (small.Count(s => s) == 1 && !totalSmall)
        {
            var complement = counts.Select((count, i) => (count, i)).Where(x => !small[x.i] && x.count > 0).OrderBy(x => x.count).ThenBy(x => x.i)
                .Select(x => (int?)x.i).FirstOrDefault();
            if (complement is { } index)
            {
                small[index] = true;
            }
        }

        return (counts.Select((c, i) => Show(c, small[i], threshold)).ToList(), Show(total, totalSmall, threshold));
    }

    /// <summary>A figure on its own (a total under 16, a revised figure): suppressed when small.</summary>
    public static ShownFigure Alone(int count, int threshold) => Show(count, IsSmall(count, threshold), threshold);

    private static bool IsSmall(int count, int threshold) => count > 0 && count < threshold;

    private static ShownFigure Show(int count, bool suppressed, int threshold) =>
        new(count, suppressed, suppressed ? "<" + threshold.ToString(CultureInfo.InvariantCulture) : count.ToString(CultureInfo.InvariantCulture));
}
