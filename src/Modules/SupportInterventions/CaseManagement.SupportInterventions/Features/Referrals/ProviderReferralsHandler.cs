using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.SupportInterventions.Contracts;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.Referrals;

/// <summary>
/// The provider's side: a user with the ServiceProvider role sees only the referrals addressed to the
/// organisation of their staff record (any other is "not found"), answers them, and reports deliveries
/// and completion with the actual cost.
/// </summary>
internal sealed class ProviderReferralsHandler(SupportUnitOfWork work, ICurrentUser user, ReferralViews views, CaseTexts texts)
{
    public async Task<IReadOnlyList<ReferralResponse>> ListAsync(bool openOnly, CancellationToken ct)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return [];
        }

        var query = work.Db.Referrals.AsNoTracking().Where(r => r.ProviderOrganisationId == organisationId);
        if (openOnly)
        {
            query = query.Where(r => r.Status == ReferralStatus.Pending || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InDelivery);
        }

        var referrals = await query.OrderBy(r => r.ExpectedEndOn).ThenBy(r => r.Id).Take(500).ToListAsync(ct);
        return await views.ToResponsesAsync(referrals, ct);
    }

    public async Task<ReferralResponse> GetAsync(Guid id, CancellationToken ct) => await views.ToResponseAsync(await FindAsync(id, null, ct), ct);

    public Task<ReferralResponse> AnswerAsync(Guid id, ReferralAnswerRequest request, CancellationToken ct) =>
        StepAsync(id, request.Version, (referral, provider) =>
        {
            referral.Respond(request.Accept, request.Reason?.Trim(), provider);
            return request.Accept
                ? new ServiceReferralAccepted(referral.Id, referral.CaseId, referral.UnitCode, referral.ProviderOrganisationId, referral.ServiceType, provider.At, provider.At)
                : new ServiceReferralDeclined(referral.Id, referral.CaseId, referral.UnitCode, referral.ProviderOrganisationId, referral.ServiceType, provider.At, provider.At);
        }, ct);

    public Task<ReferralResponse> DeliverAsync(Guid id, DeliveryRequest request, CancellationToken ct) =>
        StepAsync(id, request.Version, (referral, provider) =>
        {
            var delivery = referral.RecordDelivery(RequestValues.ParseDate(request.DeliveredOn)!.Value, texts.Seal(request.Note!.Trim(), referral.CaseId), provider);
            return new ServiceDelivered(referral.Id, referral.CaseId, referral.UnitCode, referral.ProviderOrganisationId, referral.ServiceType, delivery.DeliveredOn, provider.At);
        }, ct);

    public Task<ReferralResponse> CompleteAsync(Guid id, CompletionRequest request, CancellationToken ct) =>
        StepAsync(id, request.Version, (referral, provider) =>
        {
            referral.Complete(RequestValues.ParseDate(request.CompletedOn)!.Value, request.ActualCostVnd!.Value,
                texts.SealOptional(request.Outcome?.Trim(), referral.CaseId), provider);
            return new ServiceReferralCompleted(referral.Id, referral.CaseId, referral.UnitCode, referral.ProviderOrganisationId, referral.ServiceType,
                referral.CompletedOn!.Value, referral.EstimatedCostVnd, referral.ActualCostVnd!.Value, provider.At);
        }, ct);

    private async Task<ReferralResponse> StepAsync(Guid id, int version, Func<ServiceReferral, Actor, object> step, CancellationToken ct)
    {
        var referral = await FindAsync(id, version, ct);
        var provider = work.Actor();
        await work.SaveAsync([step(referral, provider)], provider.At, ct);
        return await views.ToResponseAsync(referral, ct);
    }

    private async Task<ServiceReferral> FindAsync(Guid id, int? expectedVersion, CancellationToken ct)
    {
        var organisationId = user.OrganisationId;
        var referral = await work.Db.Referrals.SingleOrDefaultAsync(r => r.Id == id && r.ProviderOrganisationId == organisationId, ct)
            ?? throw new NotFoundException("referral.not_found", SupportText.Messages["referral.not_found"]);
        SupportUnitOfWork.CheckVersion(referral.Version, expectedVersion);
        return referral;
    }
}
