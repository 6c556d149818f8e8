using System.Text.Json;
using CaseManagement.Reporting.Domain;
using CaseManagement.Directory.Contracts;

namespace CaseManagement.Reporting.Projection;

/// <summary>The integration events Reporting keeps in its log, and how a logged payload is read back.</summary>
public static class ReportingEvents
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The events of other modules that carry what the indicators need (<see cref="CaseStateFolding.Events"/>).</summary>
    public static IReadOnlyList<Type> CaseEventTypes { get; } = [.. CaseStateFolding.Events.Select(e => e.Type)];

    private static readonly Dictionary<string, Type> ByName =
        CaseEventTypes.Append(typeof(AdministrativeUnitChanged)).ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static string NameOf(Type type) => type.FullName!;

    public static string Serialize(object message) => JsonSerializer.Serialize(message, message.GetType(), Json);

    /// <summary>The logged event, or null for a type this version no longer reads.</summary>
    public static object? Read(string eventType, string payload) =>
        ByName.TryGetValue(eventType, out var type) ? JsonSerializer.Deserialize(payload, type, Json) : null;
}
