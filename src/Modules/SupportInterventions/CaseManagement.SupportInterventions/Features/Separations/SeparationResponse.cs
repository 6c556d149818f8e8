namespace CaseManagement.SupportInterventions.Features.Separations;

/// <summary>A separation as the case's workers see it; <see cref="Carer"/> is null and
/// <see cref="CarerMasked"/> true for roles that do not need the carer's identity.</summary>
public sealed record SeparationResponse(
    Guid Id, Guid CaseId, string DecisionNumber, DateTimeOffset DecidedAt, string DecidedBy, string Placement, string PlacementName,
    Guid? FacilityOrganisationId, string? FacilityName, CarerResponse? Carer, bool CarerMasked, DateTimeOffset StartedAt, DateOnly EndsOn, bool Active,
    DateTimeOffset? EndedAt, string? EndReason, string? EndReasonName, string? EndNote, IReadOnlyList<ExtensionResponse> Extensions, int Version);

public sealed record CarerResponse(string FullName, string? Relationship, string? Address, string? Phone);

public sealed record ExtensionResponse(string Authority, string DecisionNumber, DateOnly ExtendedTo, string RecordedBy, DateTimeOffset RecordedAt);
