using System.Globalization;

namespace CaseManagement.Reporting.Domain.Indicators;

/// <summary>
/// Age groups by their lower bounds, the last group ending at 18 (the system takes victims aged
/// 0–17; the Law on Children counts those under 16). Defaults: 0–&lt;6, 6–&lt;11, 11–&lt;16, 16–&lt;18.
/// A child's group is taken from their age at the report of the case.
/// </summary>
public sealed class AgeGroups
{
    public const string Unknown = "unknown";
    private const int UpperBound = 18;
    private readonly int[] lowerBounds;

    public AgeGroups(IReadOnlyList<int>? lowerBounds = null)
    {
        var bounds = (lowerBounds is { Count: > 0 } ? lowerBounds : [0, 6, 11, 16]).Distinct().Order().ToArray();
        if (bounds[0] != 0 || bounds[^1] >= UpperBound)
        {
            throw new ArgumentOutOfRangeException(nameof(lowerBounds), "Age groups start at 0 and their bounds are below 18.");
        }

        this.lowerBounds = bounds;
    }

    public IEnumerable<string> Labels => lowerBounds.Select((_, i) => Label(i)).Append(Unknown);

    public string Of(int? age)
    {
        if (age is not { } years || years is < 0 or >= UpperBound)
        {
            return Unknown;
        }

        var index = Array.FindLastIndex(lowerBounds, b => b <= years);
        return Label(index);
    }

    private string Label(int index)
    {
        var upper = index + 1 < lowerBounds.Length ? lowerBounds[index + 1] : UpperBound;
        return string.Create(CultureInfo.InvariantCulture, $"{lowerBounds[index]}-<{upper}");
    }
}
