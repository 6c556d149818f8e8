namespace CaseManagement.Web.Api;

public sealed record PlanItemRecord(
    Guid Id, string ServiceType, string ServiceTypeName, string Description, Guid? ResponsibleOrganisationId, string? ResponsiblePerson,
    Guid? ProviderOrganisationId, DateOnly StartOn, DateOnly ExpectedEndOn, long EstimatedCostVnd);

public sealed record PlanVersionRecord(
    int Number, string Status, string Objectives, string DraftedBy, DateTimeOffset DraftedAt, DateTimeOffset? SubmittedAt, long EstimatedCostVnd,
    IReadOnlyList<PlanItemRecord> Items);

public sealed record PlanDecisionRecord(Guid Id, int PlanVersion, string Decision, string? DecisionNumber, string? Comments, string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>A support plan (Mẫu 04) with its versions and the chair's decisions on them (Mẫu 05).</summary>
public sealed record PlanRecord(
    Guid Id, Guid CaseId, string UnitCode, int Cycle, string Status, string StatusName, int CurrentVersion, int? ApprovedVersion, int Version,
    IReadOnlyList<PlanVersionRecord> Versions, IReadOnlyList<PlanDecisionRecord> Decisions)
{
    public PlanVersionRecord Current => Versions.First(v => v.Number == CurrentVersion);

    /// <summary>Being written: a draft, or a plan the chair returned.</summary>
    public bool Open => Status is "Draft" or "Returned";
}

public sealed record MeasureRecord(string Kind, string KindName, DateTimeOffset TakenAt, string? Note);

public sealed record EmergencyRecord(Guid Id, Guid CaseId, string? DecisionNumber, DateTimeOffset DecidedAt, string DecidedBy, IReadOnlyList<MeasureRecord> Measures);

public sealed record SeparationRecord(
    Guid Id, Guid CaseId, string DecisionNumber, DateTimeOffset DecidedAt, string DecidedBy, string Placement, string PlacementName, string? FacilityName,
    DateTimeOffset StartedAt, DateOnly EndsOn, bool Active, DateTimeOffset? EndedAt, string? EndReasonName, int Version);

public sealed record DeliveryRecord(DateOnly DeliveredOn, string Note, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>A service the plan sent to a provider, with its answer, deliveries and outcome.</summary>
public sealed record ServiceReferralRecord(
    Guid Id, int PlanVersion, string ServiceTypeName, string Description, string ProviderName, DateOnly StartOn, DateOnly ExpectedEndOn,
    long EstimatedCostVnd, long? ActualCostVnd, string Status, string StatusName, bool Overdue, DateTimeOffset SentAt, DateTimeOffset? RespondedAt,
    string? DeclineReason, DateOnly? CompletedOn, string? Outcome, IReadOnlyList<DeliveryRecord> Deliveries);

public sealed record MonitoringRecord(Guid Id, DateOnly VisitedOn, string KindName, string Observations, string Situation, string SituationName, string VisitedBy);

/// <summary>The review of a plan cycle (Mẫu 06): four ratings, the findings and the recommendation.</summary>
public sealed record ReviewRecord(
    Guid Id, int PlanCycle, DateOnly ReviewedOn, string HarmStillSerious, string AbuserCanReachChild, string CareObstacles, string ChildCapacity,
    string RecommendationName, string Findings, string? Participants, string ReviewedBy);

/// <summary>The SupportInterventions module's endpoints the web layer uses.</summary>
public sealed class SupportApi(HttpClient http, ReferenceDataCache referenceData)
{
    public Task<CaseLookups> LookupsAsync(CancellationToken ct) => referenceData.GetAsync<CaseLookups>(http, "api/support/lookups", ct);

    public async Task<List<PlanRecord>> PlansAsync(Guid caseId, CancellationToken ct) =>
        await OfCaseAsync<List<PlanRecord>>($"api/support/cases/{caseId}/plans", ct) ?? [];

    public async Task<List<SeparationRecord>> SeparationsAsync(Guid caseId, CancellationToken ct) =>
        await OfCaseAsync<List<SeparationRecord>>($"api/support/cases/{caseId}/separations", ct) ?? [];

    public async Task<List<ServiceReferralRecord>> ServiceReferralsAsync(Guid caseId, CancellationToken ct) =>
        await OfCaseAsync<List<ServiceReferralRecord>>($"api/support/cases/{caseId}/referrals", ct) ?? [];

    public async Task<List<MonitoringRecord>> MonitoringAsync(Guid caseId, CancellationToken ct) =>
        await OfCaseAsync<List<MonitoringRecord>>($"api/support/cases/{caseId}/monitoring", ct) ?? [];

    public async Task<List<ReviewRecord>> ReviewsAsync(Guid caseId, CancellationToken ct) =>
        await OfCaseAsync<List<ReviewRecord>>($"api/support/cases/{caseId}/reviews", ct) ?? [];

    /// <summary>The chair's emergency decision, or null before it is taken.</summary>
    public Task<EmergencyRecord?> EmergencyAsync(Guid caseId, CancellationToken ct) => OfCaseAsync<EmergencyRecord>($"api/support/cases/{caseId}/emergency", ct);

    /// <summary>A case's support records, or null when there are none yet: SupportInterventions learns a case from Cases'
    /// events, so just after a step its copy may not exist yet (404), and an emergency not decided is no content (204).</summary>
    private async Task<T?> OfCaseAsync<T>(string path, CancellationToken ct)
        where T : class
    {
        using var response = await http.GetAsync(path, ct);
        return response.StatusCode is System.Net.HttpStatusCode.NoContent or System.Net.HttpStatusCode.NotFound
            ? null
            : await ApiJson.ReadAsync<T>(response, ct);
    }
}
