using CaseManagement.SupportInterventions.Contracts;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.Referrals;

/// <summary>
/// Sends the items of a newly approved plan version to their providers. A referral still open for the
/// same provider and service follows the item into the new version (the provider keeps working), and an
/// item unchanged since its referral was completed is not sent again; open referrals the new version no
/// longer asks for are withdrawn. Items without a provider organisation are carried out by the
/// responsible person and get no referral. Returns the referrals sent, as events for the providers.
/// </summary>
internal sealed class ReferralDispatch(SupportInterventionsDbContext db)
{
    public async Task<IReadOnlyList<ServiceReferralSent>> ForApprovedVersionAsync(SupportPlan plan, DateTimeOffset at, DateTimeOffset recordedAt, CancellationToken ct)
    {
        var sent = new List<ServiceReferralSent>();
        var earlier = await db.Referrals.Where(r => r.PlanId == plan.Id).ToListAsync(ct);
        var open = earlier.Where(r => r.IsOpen).ToList();
        foreach (var item in plan.Current.Items.Where(i => i.ProviderOrganisationId is not null).OrderBy(i => i.Order))
        {
            bool Same(ServiceReferral r) => r.ProviderOrganisationId == item.ProviderOrganisationId && r.ServiceType == item.ServiceType;
            if (open.FirstOrDefault(Same) is { } continuing)
            {
                continuing.Serve(plan.CurrentVersion, item);
                open.Remove(continuing);
            }
            else if (!earlier.Any(r => Same(r) && r.Status == ReferralStatus.Completed && r.StartOn == item.StartOn && r.ExpectedEndOn == item.ExpectedEndOn))
            {
                var referral = ServiceReferral.Send(plan, item, at);
                db.Referrals.Add(referral);
                sent.Add(new ServiceReferralSent(referral.Id, plan.CaseId, plan.UnitCode, referral.ProviderOrganisationId, referral.ServiceType, referral.SentAt, recordedAt));
            }
        }

        open.ForEach(r => r.Withdraw());
        return sent;
    }
}
