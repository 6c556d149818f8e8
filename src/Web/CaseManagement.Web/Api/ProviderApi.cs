namespace CaseManagement.Web.Api;

/// <summary>A service referral as its provider sees it: the case by number and the service, never the child's name.</summary>
public sealed record ProviderReferral(
    Guid Id, Guid CaseId, string CaseNumber, string UnitCode, string ServiceType, string ServiceTypeName, string Description, string ProviderName,
    DateOnly StartOn, DateOnly ExpectedEndOn, long EstimatedCostVnd, long? ActualCostVnd, string Status, string StatusName, bool Overdue,
    DateTimeOffset SentAt, DateTimeOffset? RespondedAt, string? DeclineReason, DateOnly? CompletedOn, string? Outcome,
    IReadOnlyList<DeliveryRecord> Deliveries, int Version)
{
    public bool AwaitsAnswer => Status == "Pending";

    public bool InHand => Status is "Accepted" or "InDelivery";
}

/// <summary>The provider's side of SupportInterventions (<c>/api/support/service-referrals</c>): only its organisation's referrals.</summary>
public sealed class ProviderApi(HttpClient http)
{
    public Task<List<ProviderReferral>> OpenAsync(CancellationToken ct) => http.GetAsync<List<ProviderReferral>>("api/support/service-referrals?openOnly=true", ct);

    public Task<ProviderReferral> GetAsync(Guid id, CancellationToken ct) => http.GetAsync<ProviderReferral>($"api/support/service-referrals/{id}", ct);
}
