using System.Text.Json;
using CaseManagement.Cases.Contracts;
using CaseManagement.Directory.Contracts;
using CaseManagement.SupportInterventions.Contracts;

namespace CaseManagement.Reporting.Projection;

/// <summary>The integration events Reporting keeps in its log, and how a logged payload is read back.</summary>
public static class ReportingEvents
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The events of other modules that carry what the indicators need.</summary>
    public static IReadOnlyList<Type> CaseEventTypes { get; } =
    [
        typeof(CaseReported), typeof(CaseReportMerged), typeof(CaseStatusChanged), typeof(CaseAssessed), typeof(CaseReclassified),
        typeof(CaseTransferred), typeof(CaseClosed), typeof(CaseReopened), typeof(DeadlineBreached), typeof(DeadlineStopped),
        typeof(PoliceReferralSent), typeof(PoliceReferralAcknowledged), typeof(PoliceReferralOutcomeRecorded),
        typeof(EmergencyInterventionRecorded), typeof(SeparationStarted), typeof(ServiceDelivered), typeof(ServiceReferralCompleted),
        typeof(SupportDeadlineBreached), typeof(SupportDeadlineStopped),
    ];

    private static readonly Dictionary<string, Type> ByName =
        CaseEventTypes.Append(typeof(AdministrativeUnitChanged)).ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static string NameOf(Type type) => type.FullName!;

    public static string Serialize(object message) => JsonSerializer.Serialize(message, message.GetType(), Json);

    /// <summary>The logged event, or null for a type this version no longer reads.</summary>
    public static object? Read(string eventType, string payload) =>
        ByName.TryGetValue(eventType, out var type) ? JsonSerializer.Deserialize(payload, type, Json) : null;
}
