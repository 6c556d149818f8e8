using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Cases.Contracts;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Features.Shared;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.WorkList;

/// <summary>One support task: a running time limit (plan, approval, reassessment, follow-up), a
/// service whose expected end is near or past, or a separation in force whose last day is near or past.</summary>
public sealed record SupportWorkItem(
    string Kind, Guid CaseId, string CaseNumber, string UnitCode, CaseStatus Status, string What, DateTimeOffset DueAt, bool Overdue, Guid? SubjectId,
    string? RuleCode = null);

/// <summary>
/// "What is due next" in support work for the caller's jurisdiction: the module's open deadlines and
/// the service referrals not completed by their expected end (or ending within a week), and the
/// separations still in force whose last day (day 15 or the extension's end) is within a week or past,
/// overdue first, then by due time.
/// </summary>
internal sealed class SupportWorkListHandler(
    SupportInterventionsDbContext db, Jurisdiction<SupportInterventionsDbContext> jurisdiction, DeadlineRuleBook<SupportInterventionsDbContext> rules,
    SupportUnits units, CaseTexts texts, ICurrentUser user, TimeProvider clock)
{
    private const int Limit = 200;
    private const int ServiceLookAheadDays = 7;

    public async Task<IReadOnlyList<SupportWorkItem>> GetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var visible = await jurisdiction.UnitCodesAsync(ct);
        var cases = db.Cases.AsNoTracking().WithinJurisdiction(visible, c => c.UnitCode);
        var deadlines = await db.Deadlines.AsNoTracking().Where(d => d.StoppedAt == null)
            .Join(cases, d => d.CaseId, c => c.CaseId, (d, c) => new { d.RuleCode, d.DueAt, d.SubjectId, c.CaseId, c.Number, c.UnitCode, c.Status })
            .OrderBy(x => x.DueAt).Take(Limit).ToListAsync(ct);
        var horizon = VietnamTime.DateOf(now).AddDays(ServiceLookAheadDays);
        // A service's description is free text about the child: only for those who read the case's file.
        var readsFile = Capabilities.Grants(Capabilities.CasesRead, user.IsInRole);
        var services = await db.Referrals.AsNoTracking()
            .Where(r => (r.Status == ReferralStatus.Pending || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InDelivery) && r.ExpectedEndOn <= horizon)
            .Join(cases, r => r.CaseId, c => c.CaseId, (r, c) => new { r.Id, r.ServiceType, r.DescriptionSealed, r.ExpectedEndOn, c.CaseId, c.Number, c.UnitCode, c.Status })
            .OrderBy(x => x.ExpectedEndOn).Take(Limit).ToListAsync(ct);
        var separations = await db.Separations.AsNoTracking()
            .Where(s => s.EndedAt == null && s.EndsOn <= horizon)
            .Join(cases, s => s.CaseId, c => c.CaseId, (s, c) => new { s.Id, s.EndsOn, c.CaseId, c.Number, c.UnitCode, c.Status })
            .OrderBy(x => x.EndsOn).Take(Limit).ToListAsync(ct);

        var places = new Dictionary<string, SupportPlace>();
        foreach (var unitCode in deadlines.Select(d => d.UnitCode).Distinct())
        {
            places[unitCode] = await units.PlaceOfAsync(unitCode, ct);
        }

        // Each rule as it applies to the case's commune, in the caller's language.
        return deadlines.Select(d => new SupportWorkItem(
                "deadline", d.CaseId, d.Number, d.UnitCode, d.Status,
                rules.NameOf(d.RuleCode, places[d.UnitCode].ProvinceCode, places[d.UnitCode].Remote), d.DueAt, d.DueAt < now, d.SubjectId, d.RuleCode))
            .Concat(services.Select(s =>
            {
                var due = VietnamTime.StartOf(s.ExpectedEndOn.AddDays(1));
                var what = readsFile
                    ? SupportText.Messages.Get("work.complete_service", SupportText.ServiceTypeName(s.ServiceType), texts.Open(s.DescriptionSealed, s.CaseId))
                    : SupportText.Messages.Get("work.complete_service_type", SupportText.ServiceTypeName(s.ServiceType));
                return new SupportWorkItem("service", s.CaseId, s.Number, s.UnitCode, s.Status, what, due, due < now, s.Id);
            }))
            .Concat(separations.Select(s =>
            {
                var due = VietnamTime.StartOf(s.EndsOn.AddDays(1));
                return new SupportWorkItem("separation", s.CaseId, s.Number, s.UnitCode, s.Status,
                    SupportText.Messages.Get("work.end_separation", s.EndsOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)), due, due < now, s.Id);
            }))
            .OrderByDescending(i => i.Overdue)
            .ThenBy(i => i.DueAt)
            .Take(Limit)
            .ToList();
    }
}
