using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.Referrals;

/// <summary>The social side of police referrals: send one with a chosen disclosure, list a case's
/// referrals, and acknowledge a crime report the police logged.</summary>
internal sealed class ReferralsHandler(CaseUnitOfWork work, ReferralRecords records)
{
    public async Task<ReferralView> SendAsync(Guid caseId, SendReferralRequest request, CancellationToken ct)
    {
        var subject = await work.FindAsync(caseId, null, ct);
        subject.RequireOpen();

        var police = await records.PoliceOfAreaAsync(request.PoliceOrganisationId!.Value, subject.UnitCode, ct);
        var actor = work.ActorAt(RequestValues.ParseInstant(request.OccurredAt), subject.ReceivedAt);
        var id = Guid.CreateVersion7();
        var fields = request.Disclose!.Distinct().ToList();
        var referral = PoliceReferral.Send(id, subject, ReferralDirection.ToPolice, police.Id, police.Name, police.UnitCode, fields,
            await records.SealDisclosureAsync(id, subject, fields, ct), null, actor);
        work.Db.Referrals.Add(referral);
        work.Db.Timeline.Add(TimelineEntry.For(subject.Id, actor, "referral-sent", subject.Status, police.Name));
        work.Db.AddIntegrationEvent(new PoliceReferralSent(
            id, subject.Id, subject.UnitCode, ReferralDirection.ToPolice, police.Id, police.UnitCode, referral.Disclosed, referral.SentAt, actor.At), actor.At);
        await work.Db.SaveChangesAsync(ct);
        return ReferralRecords.View(referral);
    }

    public async Task<IReadOnlyList<ReferralView>> ListAsync(Guid caseId, CancellationToken ct)
    {
        await work.FindAsync(caseId, null, ct);
        var referrals = await work.Db.Referrals.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync(ct);
        return referrals.OrderBy(r => r.SentAt).Select(ReferralRecords.View).ToList();
    }

    /// <summary>The commune acknowledges a crime report the police logged about a child of its case.</summary>
    public async Task<ReferralView> AcknowledgeAsync(Guid caseId, Guid referralId, AcknowledgeReferralRequest request, CancellationToken ct)
    {
        var subject = await work.FindAsync(caseId, null, ct);
        var referral = await work.Db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId && r.CaseId == caseId && r.Direction == ReferralDirection.FromPolice, ct)
            ?? throw new NotFoundException("referral.not_found", CasesText.Messages["referral.not_found"]);
        PoliceReferralsHandler.CheckVersion(referral, request.Version);
        var actor = work.ActorAt(RequestValues.ParseInstant(request.OccurredAt), referral.SentAt);
        referral.Acknowledge(null, actor);
        work.Db.Timeline.Add(TimelineEntry.For(subject.Id, actor, "crime-report-acknowledged", subject.Status, referral.PoliceReference));
        work.Db.AddIntegrationEvent(new PoliceReferralAcknowledged(referral.Id, caseId, subject.UnitCode, referral.Direction, referral.AcknowledgedAt!.Value, actor.At), actor.At);
        await work.Db.SaveChangesAsync(ct);
        return ReferralRecords.View(referral);
    }
}
