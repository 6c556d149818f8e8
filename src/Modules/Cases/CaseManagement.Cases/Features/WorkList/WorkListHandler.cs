using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.WorkList;

/// <summary>One thing to do: <see cref="Kind"/> <c>deadline</c> (with its <see cref="RuleCode"/>), <c>crime-report</c> to
/// acknowledge, <c>transfer</c> to accept, or <c>closure-decision</c> for the chair.</summary>
public sealed record WorkItem(
    string Kind, Guid CaseId, string CaseNumber, string UnitCode, CaseStatus Status, string What, DateTimeOffset? DueAt, bool Overdue,
    Guid? SubjectId, bool AssignedToMe, string? RuleCode = null);

/// <summary>
/// "What is due next" for the caller, a page at a time: every open deadline of the cases in their jurisdiction, overdue
/// first then by due time, the crime reports the police logged that the commune has not acknowledged, the cases other
/// communes are transferring to them, and for a chair the closures proposed. Cases assigned to the caller come first
/// among items due at the same time.
/// </summary>
internal sealed class WorkListHandler(
    CasesDbContext db, Jurisdiction<CasesDbContext> jurisdiction, ICurrentUser user, DeadlineRuleBook<CasesDbContext> rules, CaseUnits units, TimeProvider clock)
{
    /// <summary>Overdue first, then by due time (items with none last), the caller's own cases first among equals.</summary>
    private static readonly IComparer<WorkItem> Order = Comparer<WorkItem>.Create((a, b) =>
        b.Overdue.CompareTo(a.Overdue) is not 0 and var overdue ? overdue
        : (a.DueAt ?? DateTimeOffset.MaxValue).CompareTo(b.DueAt ?? DateTimeOffset.MaxValue) is not 0 and var due ? due
        : b.AssignedToMe.CompareTo(a.AssignedToMe));

    public async Task<WorkPage<WorkItem>> GetAsync(WorkListQuery query, CancellationToken ct)
    {
        query = query.Checked((min, max) => CasesText.Messages.Get("field.between", min, max));
        var now = clock.GetUtcNow();
        var end = query.End;
        var me = Guid.TryParse(user.Id, out var id) ? id : (Guid?)null;
        var visible = await jurisdiction.UnitCodesAsync(ct);
        var cases = db.Cases.AsNoTracking().WithinJurisdiction(visible, c => c.UnitCode);

        // Each source is read in the list's order, up to the page's end, and counted only when there is more of it.
        var open = db.Deadlines.AsNoTracking().Where(d => d.StoppedAt == null)
            .Join(cases, d => d.CaseId, c => c.Id, (d, c) => new { d.RuleCode, d.DueAt, d.SubjectId, c.Id, c.Number, c.UnitCode, c.Status, c.AssignedUserId });
        var deadlines = await open.OrderBy(x => x.DueAt).ThenByDescending(x => x.AssignedUserId == me).Take(end).ToListAsync(ct);
        var waitingReports = db.Referrals.AsNoTracking()
            .Where(r => r.Direction == ReferralDirection.FromPolice && r.AcknowledgedAt == null)
            .Join(cases, r => r.CaseId, c => c.Id, (r, c) => new { r.Id, r.PoliceOrganisationName, r.SentAt, CaseId = c.Id, c.Number, c.UnitCode, c.Status, c.AssignedUserId });
        var reports = await waitingReports.OrderByDescending(x => x.AssignedUserId == me).ThenBy(x => x.SentAt).Take(end).ToListAsync(ct);
        var codes = visible.ToList();
        var offered = db.Cases.AsNoTracking().Where(c => c.TransferToUnitCode != null && codes.Contains(c.TransferToUnitCode));
        var incoming = await offered.OrderBy(c => c.TransferRequestedAt)
            .Select(c => new { c.Id, c.Number, ToUnitCode = c.TransferToUnitCode!, c.Status }).Take(end).ToListAsync(ct);

        // A closure proposed waits for the chair's decision (no limit runs on it).
        var proposed = cases.Where(c => c.Status == CaseStatus.ClosureProposed);
        var decides = Capabilities.Grants(Capabilities.CasesDecide, user.IsInRole);
        var closures = decides
            ? await proposed.OrderBy(c => c.UpdatedAt).Select(c => new { c.Id, c.Number, c.UnitCode, c.Status }).Take(end).ToListAsync(ct)
            : [];

        var total = await query.SizeAsync(open, deadlines.Count, ct) + await query.SizeAsync(waitingReports, reports.Count, ct)
            + await query.SizeAsync(offered, incoming.Count, ct) + (decides ? await query.SizeAsync(proposed, closures.Count, ct) : 0);
        var overdue = deadlines.Count < end || deadlines[^1].DueAt >= now
            ? deadlines.Count(d => d.DueAt < now)
            : await open.CountAsync(d => d.DueAt < now, ct);

        var places = new Dictionary<string, CommunePlace?>();
        foreach (var unitCode in deadlines.Select(d => d.UnitCode).Distinct())
        {
            places[unitCode] = await units.CommuneOfAsync(unitCode, VietnamTime.DateOf(now), ct);
        }

        var items = deadlines.Select(d => new WorkItem(
                "deadline", d.Id, d.Number, d.UnitCode, d.Status, RuleName(d.RuleCode, places[d.UnitCode]), d.DueAt, d.DueAt < now, d.SubjectId,
                d.AssignedUserId == me && me is not null, d.RuleCode))
            .Concat(reports.Select(r => new WorkItem(
                "crime-report", r.CaseId, r.Number, r.UnitCode, r.Status, CasesText.Messages.Get("work.acknowledge_crime_report", r.PoliceOrganisationName),
                null, false, r.Id, r.AssignedUserId == me && me is not null)))
            .Concat(incoming.Select(t => new WorkItem(
                "transfer", t.Id, t.Number, t.ToUnitCode, t.Status, CasesText.Messages["work.accept_transfer"], null, false, null, false)))
            .Concat(closures.Select(c => new WorkItem(
                "closure-decision", c.Id, c.Number, c.UnitCode, c.Status, CasesText.Messages["work.decide_closure"], null, false, null, false)));
        return query.Cut(items, Order, total, overdue);
    }

    /// <summary>The rule as it applies to the case's commune (a remote commune's 48 hours), in the caller's language.</summary>
    private string RuleName(string code, CommunePlace? place) => rules.NameOf(code, place?.ProvinceCode, place?.Remote ?? false);
}
