using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.BuildingBlocks.Privacy;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.ReportsTaken;

public sealed record ReportsTakenQuery(int? Page, int? PageSize);

/// <summary>A report the caller took and where its case stands: enough to follow it up (the children by initials), nothing
/// of the file.</summary>
public sealed record ReportTaken(
    Guid ReportId, DateTimeOffset ReceivedAt, ReportChannel Channel, Guid CaseId, string CaseNumber, string UnitCode, CaseStatus Status, string StatusName,
    DateTimeOffset? ClosedAt, IReadOnlyList<string> ChildInitials);

/// <summary>The reports the caller took (a hotline operator, a collaborator, a police officer), newest first.</summary>
internal sealed class ReportsTakenHandler(CasesDbContext db, ICurrentUser user, SensitiveData sealer)
{
    public async Task<PagedResponse<ReportTaken>> ListAsync(ReportsTakenQuery query, CancellationToken ct)
    {
        var (page, size) = (query.Page ?? 1, query.PageSize ?? 20);
        var taken = db.Reports.AsNoTracking().Where(r => r.RecordedBy == user.Id)
            .Join(db.Cases.AsNoTracking(), r => r.CaseId, c => c.Id, (r, c) => new { Report = r, Case = c });
        var total = await taken.CountAsync(ct);
        var rows = await taken.OrderByDescending(x => x.Report.ReceivedAt).Skip(Paging.Offset(page, size)).Take(size)
            .Select(x => new { x.Report.Id, x.Report.ReceivedAt, x.Report.Channel, CaseId = x.Case.Id, x.Case.Number, x.Case.UnitCode, x.Case.Status, x.Case.ClosedAt })
            .ToListAsync(ct);
        var initials = await InitialsAsync([.. rows.Select(r => r.CaseId).Distinct()], ct);
        return new PagedResponse<ReportTaken>(
            rows.Select(r => new ReportTaken(
                r.Id, r.ReceivedAt, r.Channel, r.CaseId, r.Number, r.UnitCode, r.Status, CasesText.NameOf(r.Status), r.ClosedAt,
                initials.TryGetValue(r.CaseId, out var children) ? children : [])).ToList(),
            total, page, size);
    }

    /// <summary>Each case's children by their initials, opened from their sealed identities only to be masked.</summary>
    private async Task<Dictionary<Guid, List<string>>> InitialsAsync(List<Guid> caseIds, CancellationToken ct)
    {
        var links = await db.CaseChildren.AsNoTracking().Where(l => caseIds.Contains(l.CaseId)).Select(l => new { l.CaseId, l.ChildId }).ToListAsync(ct);
        var childIds = links.Select(l => l.ChildId).Distinct().ToList();
        var identities = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).Select(c => new { c.Id, c.IdentitySealed }).ToListAsync(ct);
        var initials = identities.ToDictionary(c => c.Id, c => Masking.Initials(sealer.OpenJson<ChildIdentity>(c.IdentitySealed, c.Id).FullName));
        return links.GroupBy(l => l.CaseId).ToDictionary(g => g.Key, g => g.Select(l => initials[l.ChildId]).ToList());
    }
}

internal sealed class ReportsTakenQueryValidator : AbstractValidator<ReportsTakenQuery>
{
    public ReportsTakenQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage(_ => CasesText.Messages.Get("field.min", 1));
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100).WithMessage(_ => CasesText.Messages.Get("field.between", 1, 100));
    }
}
