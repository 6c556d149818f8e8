using System.Text.Json;
using System.Text.Json.Serialization;
using CaseManagement.BuildingBlocks.Time;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>
/// Every instant an answer carries is written one way: ISO 8601 with the Vietnam offset
/// (<c>2026-02-13T22:30:00+07:00</c>), whether it was stored in UTC (PostgreSQL) or as given (SQLite), so a
/// client compares and shows them without guessing. Instants are read as sent.
/// </summary>
public sealed class VietnamInstantConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

    /// <summary>The ends of the calendar (an account locked "for ever") have no Vietnam time and stay as they are.</summary>
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime > DateTime.MaxValue - VietnamTime.Offset || value.UtcDateTime < DateTime.MinValue + VietnamTime.Offset
            ? value
            : VietnamTime.ToVietnam(value));
}
