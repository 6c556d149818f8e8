using CaseManagement.Directory.Contracts;
using CaseManagement.SupportInterventions.Contracts;
using CaseManagement.SupportInterventions.Domain;

namespace CaseManagement.SupportInterventions.Features.Lookups;

public sealed record SupportLookupItem(string Code, string Name);

/// <summary>Every code list of the support forms (emergency measures, placements, separations' ends, monitoring,
/// reviews, services), with names in the caller's language.</summary>
public sealed record SupportLookupsResponse(IReadOnlyDictionary<string, IReadOnlyList<SupportLookupItem>> Lists);

internal sealed class SupportLookupsHandler
{
    public SupportLookupsResponse Get() => new(new Dictionary<string, IReadOnlyList<SupportLookupItem>>
    {
        ["emergencyMeasureKinds"] = Codes<EmergencyMeasureKind>(),
        ["placementKinds"] = Codes<PlacementKind>(),
        ["separationEndReasons"] = Codes<SeparationEndReason>(),
        ["monitoringKinds"] = Codes<MonitoringKind>(),
        ["childSituations"] = Codes<ChildSituation>(),
        ["reviewRecommendations"] = Codes<ReviewRecommendation>(),
        ["planStatuses"] = Codes<PlanStatus>(),
        ["referralStatuses"] = Codes<ReferralStatus>(),
        ["serviceTypes"] = [.. Enum.GetValues<ServiceType>().Select(v => new SupportLookupItem(v.ToString(), ServiceTypeNames.NameOf(v)))],
    });

    private static List<SupportLookupItem> Codes<TEnum>()
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => new SupportLookupItem(v.ToString(), SupportText.NameOf(v)))];
}
