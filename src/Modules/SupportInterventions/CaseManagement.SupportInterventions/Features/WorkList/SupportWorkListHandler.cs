using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
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
/// overdue first, then by due time, a page at a time.
/// </summary>
internal sealed class SupportWorkListHandler(
    SupportInterventionsDbContext db, Jurisdiction<SupportInterventionsDbContext> jurisdiction, DeadlineRuleBook<SupportInterventionsDbContext> rules,
    SupportUnits units, CaseTexts texts, ICurrentUser user, TimeProvider clock)
{
    private const int ServiceLookAheadDays = 7;

    /// <summary>Overdue first, then by due time.</summary>
    private static readonly IComparer<SupportWorkItem> Order = Comparer<SupportWorkItem>.Create((a, b) =>
        b.Overdue.CompareTo(a.Overdue) is not 0 and var overdue ? overdue : a.DueAt.CompareTo(b.DueAt));

    public async Task<WorkPage<SupportWorkItem>> GetAsync(WorkListQuery query, CancellationToken ct)
    {
        query = query.Checked((min, max) => SupportText.Messages.Get("field.between", min, max));
        var now = clock.GetUtcNow();
        var end = query.End;
        var visible = await jurisdiction.UnitCodesAsync(ct);
        var cases = db.Cases.AsNoTracking().WithinJurisdiction(visible, c => c.UnitCode);
        // Each source is read by due time up to the page's end, and counted only when there is more of it.
        var open = db.Deadlines.AsNoTracking().Where(d => d.StoppedAt == null)
            .Join(cases, d => d.CaseId, c => c.CaseId, (d, c) => new { d.RuleCode, d.DueAt, d.SubjectId, c.CaseId, c.Number, c.UnitCode, c.Status });
        var deadlines = await open.OrderBy(x => x.DueAt).Take(end).ToListAsync(ct);
        var today = VietnamTime.DateOf(now);
        var horizon = today.AddDays(ServiceLookAheadDays);
        // A service's description is free text about the child: only for those who read the case's file.
        var readsFile = Capabilities.Grants(Capabilities.CasesRead, user.IsInRole);
        var ending = db.Referrals.AsNoTracking()
            .Where(r => (r.Status == ReferralStatus.Pending || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InDelivery) && r.ExpectedEndOn <= horizon)
            .Join(cases, r => r.CaseId, c => c.CaseId, (r, c) => new { r.Id, r.ServiceType, r.DescriptionSealed, r.ExpectedEndOn, c.CaseId, c.Number, c.UnitCode, c.Status });
        var services = await ending.OrderBy(x => x.ExpectedEndOn).Take(end).ToListAsync(ct);
        var lapsing = db.Separations.AsNoTracking()
            .Where(s => s.EndedAt == null && s.EndsOn <= horizon)
            .Join(cases, s => s.CaseId, c => c.CaseId, (s, c) => new { s.Id, s.EndsOn, c.CaseId, c.Number, c.UnitCode, c.Status });
        var separations = await lapsing.OrderBy(x => x.EndsOn).Take(end).ToListAsync(ct);

        // A service or a separation is overdue from the day after its last day.
        var total = await query.SizeAsync(open, deadlines.Count, ct) + await query.SizeAsync(ending, services.Count, ct)
            + await query.SizeAsync(lapsing, separations.Count, ct);
        var overdue = (deadlines.Count < end || deadlines[^1].DueAt >= now ? deadlines.Count(d => d.DueAt < now) : await open.CountAsync(d => d.DueAt < now, ct))
            + (services.Count < end ? services.Count(x => x.ExpectedEndOn < today) : await ending.CountAsync(x => x.ExpectedEndOn < today, ct))
            + (separations.Count < end ? separations.Count(x => x.EndsOn < today) : await lapsing.CountAsync(x => x.EndsOn < today, ct));

        var places = new Dictionary<string, SupportPlace>();
        foreach (var unitCode in deadlines.Select(d => d.UnitCode).Distinct())
        {
            places[unitCode] = await units.PlaceOfAsync(unitCode, ct);
        }

        // Each rule as it applies to the case's commune, in the caller's language.
        var items = deadlines.Select(d => new SupportWorkItem(
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
            .ToList();
        return query.Cut(items, Order, total, overdue);
    }
}
