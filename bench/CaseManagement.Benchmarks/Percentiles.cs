namespace CaseManagement.Benchmarks;

internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double percentile)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public static string Summary(List<double> values)
    {
        values.Sort();
        return FormattableString.Invariant($"p50 {Of(values, 50):F1} ms, p95 {Of(values, 95):F1} ms, p99 {Of(values, 99):F1} ms, max {values[^1]:F1} ms (n={values.Count})");
    }
}
