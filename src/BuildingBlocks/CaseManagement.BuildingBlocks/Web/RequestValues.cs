using System.Globalization;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>
/// The string fields of requests, read one way across modules: codes by their names (case ignored,
/// numbers refused), dates as yyyy-MM-dd, instants as ISO 8601 (Vietnam time when no offset is
/// given). Requests carry strings so that a bad value becomes a field error instead of a failed body;
/// blank counts as absent, so the Is… checks accept it and a required field says so separately.
/// Codes are matched exactly as documented (a code that differs in case is refused, not guessed), and
/// a date or instant outside <see cref="EarliestDay"/>–<see cref="LatestDay"/> is no date at all: no
/// child or step of this work lies there, and the far ends of the calendar overflow Vietnam time.
/// </summary>
public static class RequestValues
{
    public static TEnum? ParseCode<TEnum>(string? value)
        where TEnum : struct, Enum =>
        !string.IsNullOrWhiteSpace(value) && !int.TryParse(value, out _) && Enum.TryParse<TEnum>(value.Trim(), ignoreCase: false, out var parsed)
            && Enum.IsDefined(parsed)
            ? parsed
            : null;

    public static bool IsCode<TEnum>(string? value)
        where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(value) || ParseCode<TEnum>(value) is not null;

    /// <summary>The names a code field accepts, for its error message.</summary>
    public static string CodesOf<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>());

    public static readonly DateOnly EarliestDay = new(1900, 1, 1);

    public static readonly DateOnly LatestDay = new(2100, 12, 31);

    /// <summary>Added to "now" before a past fact is called future: the clocks of phones and servers differ.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && InRange(date) ? date : null;

    public static bool IsDate(string? value) => string.IsNullOrWhiteSpace(value) || ParseDate(value) is not null;

    public static bool InOrder(string? from, string? to) => ParseDate(from) is not { } f || ParseDate(to) is not { } t || f <= t;

    /// <summary>ISO 8601 with an offset; a time without one is read as Vietnam time.</summary>
    public static DateTimeOffset? ParseInstant(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && (value.EndsWith('Z') || value.Contains('+', StringComparison.Ordinal) || value.LastIndexOf('-') > 9))
        {
            return InRange(DateOnly.FromDateTime(instant.UtcDateTime)) ? instant : null;
        }

        // Checked before the offset is applied: 0001-01-01 in Vietnam time is before the first UTC instant.
        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && InRange(DateOnly.FromDateTime(local))
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Time.VietnamTime.Offset)
            : null;
    }

    public static bool IsInstant(string? value) => string.IsNullOrWhiteSpace(value) || ParseInstant(value) is not null;

    /// <summary>A day that has come (today in Vietnam at the latest); blank and malformed pass, for the other rules to name.</summary>
    public static bool IsPastDay(string? value, TimeProvider clock) => ParseDate(value) is not { } day || day <= Time.VietnamTime.Today(clock);

    /// <summary>An instant that has come, give or take <see cref="ClockSkew"/>; blank and malformed pass.</summary>
    public static bool IsPastInstant(string? value, TimeProvider clock) => ParseInstant(value) is not { } at || at <= clock.GetUtcNow() + ClockSkew;

    /// <summary>A name or a title: one line of plain text with at least one letter or digit (not only
    /// spaces, invisible or combining marks). Blank passes, for the required rule to name.</summary>
    public static bool IsName(string? value) =>
        string.IsNullOrEmpty(value)
        || (PlainTextConverter.IsPlainText(value) && value.IndexOfAny(['\t', '\n', '\r']) < 0 && value.Any(char.IsLetterOrDigit));

    private static bool InRange(DateOnly day) => day >= EarliestDay && day <= LatestDay;
}
