using System.Globalization;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>
/// The string fields of requests, read one way across modules: codes by their names (case ignored,
/// numbers refused), dates as yyyy-MM-dd, instants as ISO 8601 (Vietnam time when no offset is
/// given). Requests carry strings so that a bad value becomes a field error instead of a failed body;
/// blank counts as absent, so the Is… checks accept it and a required field says so separately.
/// </summary>
public static class RequestValues
{
    public static TEnum? ParseCode<TEnum>(string? value)
        where TEnum : struct, Enum =>
        !string.IsNullOrWhiteSpace(value) && !int.TryParse(value, out _) && Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed)
            && Enum.IsDefined(parsed)
            ? parsed
            : null;

    public static bool IsCode<TEnum>(string? value)
        where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(value) || ParseCode<TEnum>(value) is not null;

    /// <summary>The names a code field accepts, for its error message.</summary>
    public static string CodesOf<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>());

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

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
            return instant;
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Time.VietnamTime.Offset)
            : null;
    }

    public static bool IsInstant(string? value) => string.IsNullOrWhiteSpace(value) || ParseInstant(value) is not null;
}
