using CaseManagement.BuildingBlocks.Privacy;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using CaseManagement.Directory.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.Referrals;

/// <summary>What both sides of a referral share: the police unit, the disclosure snapshot, the
/// views, and the case timeline entries of referral steps.</summary>
public sealed class ReferralRecords(CasesDbContext db, SensitiveData sealer, CaseUnits units, TimeProvider clock)
{
    /// <summary>A police unit of the case's own area: its commune's police, or the district's or province's
    /// police above it. A case is never disclosed to another area's police.</summary>
    public async Task<OrganisationCopy> PoliceOfAreaAsync(Guid organisationId, string caseUnitCode, CancellationToken ct)
    {
        var police = await PoliceUnitAsync(organisationId, ct);
        var area = await units.ChainOfAsync(caseUnitCode, BuildingBlocks.Time.VietnamTime.Today(clock), ct);
        return area.Contains(police.UnitCode)
            ? police
            : throw new RequestValidationException(new Dictionary<string, string[]> { ["policeOrganisationId"] = [CasesText.Messages["referral.not_police"]] });
    }

    public async Task<OrganisationCopy> PoliceUnitAsync(Guid organisationId, CancellationToken ct)
    {
        var today = BuildingBlocks.Time.VietnamTime.Today(clock);
        var police = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        return police is { Type: OrganisationType.Police } && (police.ActiveTo is null || police.ActiveTo >= today)
            ? police
            : throw new RequestValidationException(new Dictionary<string, string[]> { ["policeOrganisationId"] = [CasesText.Messages["referral.not_police"]] });
    }

    /// <summary>A snapshot of the chosen fields' values now, sealed under the referral's id.</summary>
    /// <summary>The disclosed fields' values, sealed for the referral. A case being opened passes its children not
    /// saved yet (<paramref name="unsaved"/>) and carries its report; the rest is read from the database.</summary>
    public async Task<string> SealDisclosureAsync(
        Guid referralId, Case subject, IReadOnlyCollection<string> fields, CancellationToken ct, IEnumerable<Child>? unsaved = null)
    {
        bool Has(string field) => fields.Contains(field);
        var children = (unsaved ?? []).ToDictionary(c => c.Id);
        var ids = subject.Children.Select(c => c.ChildId).Where(id => !children.ContainsKey(id)).ToList();
        foreach (var saved in await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct))
        {
            children[saved.Id] = saved;
        }

        var disclosedChildren = subject.Children.Select(link =>
        {
            var child = children[link.ChildId];
            var identity = sealer.OpenJson<ChildIdentity>(child.IdentitySealed, child.Id);
            return new DisclosedChild(
                Has(DisclosableFields.ChildName) ? identity.FullName : null,
                Has(DisclosableFields.ChildBirth) ? identity.DateOfBirth : null,
                Has(DisclosableFields.ChildSexAndAge) ? child.Sex : null,
                Has(DisclosableFields.ChildSexAndAge) ? link.AgeAtReport : null,
                Has(DisclosableFields.ChildAddress) ? identity.Address : null,
                Has(DisclosableFields.ChildPersonalNumber) ? identity.PersonalNumber : null,
                Has(DisclosableFields.ChildSchool) ? identity.School : null,
                Has(DisclosableFields.ChildSchool) ? identity.SchoolClass : null,
                Has(DisclosableFields.Carers) ? identity.Carers : null);
        }).ToList();
        var first = subject.Reports.OrderBy(r => r.ReceivedAt).FirstOrDefault()
            ?? await db.Reports.AsNoTracking().Where(r => r.CaseId == subject.Id).OrderBy(r => r.ReceivedAt).FirstAsync(ct);
        var incident = subject.Incident;
        var disclosure = new ReferralDisclosure(
            disclosedChildren,
            Has(DisclosableFields.Reporter) && first.ReporterSealed is { } reporter ? sealer.OpenJson<ReporterIdentity>(reporter, first.Id) : null,
            Has(DisclosableFields.Classification)
                ? new DisclosedClassification(incident.Kind, incident.AbuseType, incident.AbuseSubType, incident.InjuryCause, incident.InjurySeverity)
                : null,
            Has(DisclosableFields.Place) ? new DisclosedPlace(incident.PlaceUnitCode, incident.Setting, incident.OccurredOn) : null,
            Has(DisclosableFields.Narrative) ? sealer.OpenJson<Narrative>(first.NarrativeSealed, first.Id) : null);
        return sealer.SealJson(disclosure, referralId);
    }

    public ReferralDisclosure OpenDisclosure(PoliceReferral referral) => sealer.OpenJson<ReferralDisclosure>(referral.DisclosureSealed, referral.Id);

    /// <summary>A referral step on the case's timeline, without touching the case (its version stays).</summary>
    public async Task NoteOnTimelineAsync(Guid caseId, Actor actor, string action, string? detail, CancellationToken ct)
    {
        var status = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync(ct);
        db.Timeline.Add(TimelineEntry.For(caseId, actor, action, status, detail));
    }

    public static ReferralView View(PoliceReferral r) => new(
        r.Id, r.CaseId, r.Direction, r.PoliceOrganisationId, r.PoliceOrganisationName, r.PoliceReference, r.Disclosed, r.SentAt, r.AcknowledgedAt,
        r.TransferredToInvestigationAt, r.ForensicOrderedAt, r.ForensicConcludedAt, r.Outcome, r.OutcomeOn, r.Version);
}
