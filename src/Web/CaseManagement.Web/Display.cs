using System.Globalization;
using CaseManagement.BuildingBlocks.Time;

namespace CaseManagement.Web;

/// <summary>Dates and times as Vietnamese officers write them, whatever the page's language: dd/MM/yyyy and 24-hour
/// Vietnam time.</summary>
public static class Display
{
    public static string Instant(DateTimeOffset instant) =>
        VietnamTime.ToVietnam(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
