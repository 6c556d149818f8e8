using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.WorkList;

/// <summary>One thing to do: a running time limit, a crime report to acknowledge, or a case waiting
/// to be accepted from another commune.</summary>
/// <summary>One thing to do: <see cref="Kind"/> <c>deadline</c> (with its <see cref="RuleCode"/>), <c>crime-report</c> to
/// acknowledge, <c>transfer</c> to accept, or <c>closure-decision</c> for the chair.</summary>
public sealed record WorkItem(
    string Kind, Guid CaseId, string CaseNumber, string UnitCode, CaseStatus Status, string What, DateTimeOffset? DueAt, bool Overdue,
    Guid? SubjectId, bool AssignedToMe, string? RuleCode = null);

/// <summary>
/// "What is due next" for the caller: every open deadline of the cases in their jurisdiction, overdue
/// first then by due time, the crime reports the police logged that the commune has not acknowledged,
/// and the cases other communes are transferring to them. Cases assigned to the caller come first
/// among items due at the same time.
/// </summary>
internal sealed class WorkListHandler(
    CasesDbContext db, Jurisdiction<CasesDbContext> jurisdiction, ICurrentUser user, DeadlineRuleBook<CasesDbContext> rules, CaseUnits units, TimeProvider clock)
{
    private const int Limit = 200;

    public async Task<IReadOnlyList<WorkItem>> GetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var me = Guid.TryParse(user.Id, out var id) ? id : (Guid?)null;
        var visible = await jurisdiction.UnitCodesAsync(ct);
        var cases = db.Cases.AsNoTracking().WithinJurisdiction(visible, c => c.UnitCode);

        var deadlines = await db.Deadlines.AsNoTracking().Where(d => d.StoppedAt == null)
            .Join(cases, d => d.CaseId, c => c.Id, (d, c) => new { d.RuleCode, d.DueAt, d.SubjectId, c.Id, c.Number, c.UnitCode, c.Status, c.AssignedUserId })
            .OrderBy(x => x.DueAt).Take(Limit).ToListAsync(ct);
        var reports = await db.Referrals.AsNoTracking()
            .Where(r => r.Direction == ReferralDirection.FromPolice && r.AcknowledgedAt == null)
            .Join(cases, r => r.CaseId, c => c.Id, (r, c) => new { r.Id, r.PoliceOrganisationName, r.SentAt, CaseId = c.Id, c.Number, c.UnitCode, c.Status, c.AssignedUserId })
            .OrderBy(x => x.SentAt).Take(Limit).ToListAsync(ct);
        var codes = visible.ToList();
        var incoming = await db.Cases.AsNoTracking()
            .Where(c => c.TransferToUnitCode != null && codes.Contains(c.TransferToUnitCode))
            .Select(c => new { c.Id, c.Number, ToUnitCode = c.TransferToUnitCode!, c.Status, RequestedAt = c.TransferRequestedAt!.Value })
            .OrderBy(t => t.RequestedAt).Take(Limit).ToListAsync(ct);

        // A closure proposed waits for the chair's decision (no limit runs on it).
        var closures = Capabilities.Grants(Capabilities.CasesDecide, user.IsInRole)
            ? await cases.Where(c => c.Status == CaseStatus.ClosureProposed).Select(c => new { c.Id, c.Number, c.UnitCode, c.Status, c.UpdatedAt })
                .OrderBy(c => c.UpdatedAt).Take(Limit).ToListAsync(ct)
            : [];

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
        return items
            .OrderByDescending(i => i.Overdue)
            .ThenBy(i => i.DueAt ?? DateTimeOffset.MaxValue)
            .ThenByDescending(i => i.AssignedToMe)
            .Take(Limit)
            .ToList();
    }

    /// <summary>The rule as it applies to the case's commune (a remote commune's 48 hours), in the caller's language.</summary>
    private string RuleName(string code, CommunePlace? place) => rules.NameOf(code, place?.ProvinceCode, place?.Remote ?? false);
}
