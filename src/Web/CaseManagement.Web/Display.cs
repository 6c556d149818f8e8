using System.Globalization;
using CaseManagement.BuildingBlocks.Time;

namespace CaseManagement.Web;

/// <summary>Dates and times as Vietnamese officers write them, whatever the page's language: dd/MM/yyyy and 24-hour
/// Vietnam time.</summary>
public static class Display
{
    public static string Instant(DateTimeOffset instant) =>
        VietnamTime.ToVietnam(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>An amount in đồng with Vietnamese digit grouping: 1.500.000 đ.</summary>
    public static string Money(long dong) => dong.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN")) + " đ";

    /// <summary>A time typed in a datetime-local field (Vietnam time, to the minute) as an instant the API reads; null when
    /// empty, and as typed when it does not read (the API then names the field).</summary>
    public static string? InstantFromLocal(string? typed) =>
        DateTime.TryParseExact(typed, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, VietnamTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : string.IsNullOrWhiteSpace(typed) ? null : typed.Trim();

    /// <summary>An instant as a datetime-local field shows it: Vietnam time, to the minute; empty for none.</summary>
    public static string? LocalInput(DateTimeOffset? instant) =>
        instant is { } at ? VietnamTime.ToVietnam(at).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : null;
}
