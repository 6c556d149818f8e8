using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.SupportInterventions.Contracts;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.Shared;

/// <summary>The case's support limits for Cases' view of the case (the caller's access is Cases' to check).</summary>
internal sealed class SupportDeadlinesQuery(SupportInterventionsDbContext db, DeadlineRuleBook<SupportInterventionsDbContext> rules, SupportUnits units)
    : ISupportDeadlines
{
    public async Task<IReadOnlyList<SupportDeadlineView>> OfCaseAsync(Guid caseId, string unitCode, CancellationToken ct)
    {
        var deadlines = await db.Deadlines.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(ct);
        if (deadlines.Count == 0)
        {
            return [];
        }

        var place = await units.PlaceOfAsync(unitCode, ct);
        return [.. deadlines.Select(d => new SupportDeadlineView(
            d.RuleCode, rules.NameOf(d.RuleCode, place.ProvinceCode, place.Remote), d.SubjectId, d.StartedAt, d.DueAt, d.StoppedAt, d.Met))];
    }
}
