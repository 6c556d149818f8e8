using CaseManagement.BuildingBlocks.Time;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Features.Shared;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.Referrals;

/// <summary>A service referral as its provider and the social worker see it: no child's name, the case
/// number to refer to it by.</summary>
public sealed record ReferralResponse(
    Guid Id, Guid CaseId, string CaseNumber, string UnitCode, Guid PlanId, int PlanVersion, string ServiceType, string ServiceTypeName, string Description,
    Guid ProviderOrganisationId, string ProviderName, DateOnly StartOn, DateOnly ExpectedEndOn, long EstimatedCostVnd, long? ActualCostVnd,
    string Status, string StatusName, bool Overdue, DateTimeOffset SentAt, DateTimeOffset? RespondedAt, string? RespondedBy, string? DeclineReason,
    DateOnly? CompletedOn, string? Outcome, IReadOnlyList<DeliveryResponse> Deliveries, int Version);

public sealed record DeliveryResponse(DateOnly DeliveredOn, string Note, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>Turns referrals into answers, with the case numbers and provider names beside them.</summary>
internal sealed class ReferralViews(SupportInterventionsDbContext db, CaseTexts texts, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReferralResponse>> ToResponsesAsync(IReadOnlyCollection<ServiceReferral> referrals, CancellationToken ct)
    {
        var caseIds = referrals.Select(r => r.CaseId).Distinct().ToList();
        var providerIds = referrals.Select(r => r.ProviderOrganisationId).Distinct().ToList();
        var numbers = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.CaseId)).ToDictionaryAsync(c => c.CaseId, c => c.Number, ct);
        var names = await db.Organisations.AsNoTracking().Where(o => providerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var today = VietnamTime.DateOf(clock.GetUtcNow());
        return [.. referrals.Select(r => new ReferralResponse(
            r.Id, r.CaseId, numbers.GetValueOrDefault(r.CaseId, ""), r.UnitCode, r.PlanId, r.PlanVersion, r.ServiceType, SupportText.ServiceTypeName(r.ServiceType), texts.Open(r.DescriptionSealed, r.CaseId),
            r.ProviderOrganisationId, names.GetValueOrDefault(r.ProviderOrganisationId, ""), r.StartOn, r.ExpectedEndOn, r.EstimatedCostVnd, r.ActualCostVnd,
            r.Status.ToString(), SupportText.NameOf(r.Status), r.IsOverdueOn(today), r.SentAt, r.RespondedAt, r.RespondedBy, r.DeclineReason,
            r.CompletedOn, texts.OpenOptional(r.OutcomeSealed, r.CaseId),
            [.. r.Deliveries.Select(d => new DeliveryResponse(d.DeliveredOn, texts.Open(d.NoteSealed, r.CaseId), d.RecordedBy, d.RecordedAt))], r.Version))];
    }

    public async Task<ReferralResponse> ToResponseAsync(ServiceReferral referral, CancellationToken ct) => (await ToResponsesAsync([referral], ct))[0];
}
