using CaseManagement.SupportInterventions.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.Referrals;

/// <summary>The social worker's view of a case's service referrals: the state of every plan item sent to a provider.</summary>
internal sealed class CaseReferralsHandler(SupportUnitOfWork work, ReferralViews views)
{
    public async Task<IReadOnlyList<ReferralResponse>> OfCaseAsync(Guid caseId, CancellationToken ct)
    {
        await work.FindCaseAsync(caseId, ct);
        var referrals = await work.Db.Referrals.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.SentAt).ThenBy(r => r.ServiceType).ToListAsync(ct);
        return await views.ToResponsesAsync(referrals, ct);
    }
}
