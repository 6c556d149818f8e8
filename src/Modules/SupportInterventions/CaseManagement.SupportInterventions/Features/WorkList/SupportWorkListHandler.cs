using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Cases.Contracts;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.WorkList;

/// <summary>One support task: a running time limit (plan, approval, reassessment, follow-up) or a
/// service whose expected end is near or past.</summary>
public sealed record SupportWorkItem(
    string Kind, Guid CaseId, string CaseNumber, string UnitCode, CaseStatus Status, string What, DateTimeOffset DueAt, bool Overdue, Guid? SubjectId);

/// <summary>
/// "What is due next" in support work for the caller's jurisdiction: the module's open deadlines and
/// the service referrals not completed by their expected end (or ending within a week), overdue first,
/// then by due time.
/// </summary>
internal sealed class SupportWorkListHandler(
    SupportInterventionsDbContext db, Jurisdiction<SupportInterventionsDbContext> jurisdiction, DeadlineRuleBook<SupportInterventionsDbContext> rules,
    TimeProvider clock)
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
        var services = await db.Referrals.AsNoTracking()
            .Where(r => (r.Status == ReferralStatus.Pending || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InDelivery) && r.ExpectedEndOn <= horizon)
            .Join(cases, r => r.CaseId, c => c.CaseId, (r, c) => new { r.Id, r.ServiceType, r.Description, r.ExpectedEndOn, c.CaseId, c.Number, c.UnitCode, c.Status })
            .OrderBy(x => x.ExpectedEndOn).Take(Limit).ToListAsync(ct);

        return deadlines.Select(d => new SupportWorkItem(
                "deadline", d.CaseId, d.Number, d.UnitCode, d.Status, rules.Describe(d.RuleCode)?.NameVi ?? d.RuleCode, d.DueAt, d.DueAt < now, d.SubjectId))
            .Concat(services.Select(s =>
            {
                var due = VietnamTime.StartOf(s.ExpectedEndOn.AddDays(1));
                return new SupportWorkItem("service", s.CaseId, s.Number, s.UnitCode, s.Status,
                    SupportText.Messages.Get("work.complete_service", SupportText.ServiceTypeName(s.ServiceType), s.Description), due, due < now, s.Id);
            }))
            .OrderByDescending(i => i.Overdue)
            .ThenBy(i => i.DueAt)
            .Take(Limit)
            .ToList();
    }
}
