using System.Globalization;

namespace CaseManagement.Cases.Features.Shared;

/// <summary>Parsing of the string fields of requests: enum codes by name, dates and instants.</summary>
internal static class Codes
{
    public static bool IsValid<TEnum>(string? value)
        where TEnum : struct, Enum =>
        value is null || Parse<TEnum>(value) is not null;

    public static TEnum? Parse<TEnum>(string? value)
        where TEnum : struct, Enum =>
        value is not null && !int.TryParse(value, out _) && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : null;

    public static string Allowed<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>());

    public static bool IsDate(string? value) => value is null || ParseDate(value) is not null;

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static bool IsInstant(string? value) => value is null || ParseInstant(value) is not null;

    /// <summary>ISO 8601 with an offset; a time without one is read as Vietnam time.</summary>
    public static DateTimeOffset? ParseInstant(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && (value.EndsWith('Z') || value.Contains('+', StringComparison.Ordinal) || value.LastIndexOf('-') > 9))
        {
            return instant;
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromHours(7))
            : null;
    }
}
