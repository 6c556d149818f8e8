using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Privacy;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using CaseManagement.Cases.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.Search;

/// <summary>The case list: filtered, sorted and paged in the database, always inside the caller's
/// jurisdiction; child names are matched through their keyed word hashes, never in the clear.</summary>
internal sealed class SearchCasesHandler(
    CasesDbContext db, Jurisdiction<CasesDbContext> jurisdiction, NameKeys keys, SensitiveData sealer, CaseActors actors, TimeProvider clock)
{
    public async Task<PagedResponse<CaseSummary>> SearchAsync(CaseSearchQuery query, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var visible = await jurisdiction.UnitCodesAsync(ct);
        var scope = await ScopeAsync(query.UnitCode, visible, ct);
        var cases = db.Cases.AsNoTracking().WithinJurisdiction(scope, c => c.UnitCode);
        if (query.Number is { Length: > 0 } number)
        {
            cases = cases.Where(c => c.Number == number.Trim());
        }

        if (RequestValues.ParseCode<CaseStatus>(query.Status) is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (RequestValues.ParseCode<IncidentKind>(query.Kind) is { } kind)
        {
            cases = cases.Where(c => c.Incident.Kind == kind);
        }

        if (RequestValues.ParseCode<AbuseType>(query.AbuseType) is { } abuseType)
        {
            cases = cases.Where(c => c.Incident.AbuseType == abuseType);
        }

        if (query.AssignedTo is { } assignee)
        {
            cases = cases.Where(c => c.AssignedUserId == assignee);
        }

        if (query.ChildName is { } name && NameKeys.Words(name) is { Count: > 0 } words)
        {
            cases = await NamedAsync(cases, words, scope, ct);
        }

        var openDeadlines = db.Deadlines.Where(d => d.StoppedAt == null);
        if (query.Overdue is { } overdue)
        {
            cases = overdue
                ? cases.Where(c => openDeadlines.Any(d => d.CaseId == c.Id && d.DueAt < now))
                : cases.Where(c => !openDeadlines.Any(d => d.CaseId == c.Id && d.DueAt < now));
        }

        var total = await cases.CountAsync(ct);
        var (page, size) = (query.Page ?? 1, query.PageSize ?? 20);
        var rows = await Sorted(cases, query.Sort, openDeadlines)
            .Skip(Paging.Offset(page, size)).Take(size)
            .Select(c => new
            {
                Case = c,
                NextDueAt = openDeadlines.Where(d => d.CaseId == c.Id).OrderBy(d => d.DueAt).Select(d => (DateTimeOffset?)d.DueAt).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Case.Id).ToList();
        var links = await db.CaseChildren.AsNoTracking().Where(cc => ids.Contains(cc.CaseId)).ToListAsync(ct);
        var childIds = links.Select(l => l.ChildId).Distinct().ToList();
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var items = rows.Select(r => new CaseSummary(
            r.Case.Id, r.Case.Number, r.Case.UnitCode, r.Case.Status, CasesText.NameOf(r.Case.Status), r.Case.ReceivedAt, r.Case.Incident.Kind,
            r.Case.Incident.AbuseType, r.Case.AssignedUserId,
            links.Where(l => l.CaseId == r.Case.Id).Select(l => Summary(children[l.ChildId], l)).ToList(),
            r.NextDueAt, r.NextDueAt < now, r.Case.Version)).ToList();
        return new PagedResponse<CaseSummary>(items, total, page, size);
    }

    /// <summary>
    /// The cases whose children's names have every word, found through the case search keys of the
    /// caller's communes only: driven by the last word (usually the given name), the other words
    /// checked on the keys' primary index. Up to twenty thousand matches are resolved to case ids
    /// first, so the database looks those cases up instead of walking the area's cases by date.
    /// </summary>
    private async Task<IQueryable<Case>> NamedAsync(IQueryable<Case> cases, IReadOnlyList<string> words, IReadOnlySet<string> scope, CancellationToken ct)
    {
        const int Resolved = 20_000;
        var hashes = words.Distinct().Select(w => keys.Hash(ChildKeyKind.NameWord, w)).ToList();
        var driver = hashes[^1];
        var units = scope.ToList();
        var matching = db.CaseSearchKeys.Where(k => k.Hash == driver && units.Contains(k.UnitCode));
        foreach (var other in hashes.Take(hashes.Count - 1))
        {
            matching = matching.Where(k => db.CaseSearchKeys.Any(o => o.CaseId == k.CaseId && o.Hash == other));
        }

        var caseIds = await matching.Select(k => k.CaseId).OrderBy(id => id).Take(Resolved + 1).ToListAsync(ct);
        if (caseIds.Count > Resolved)
        {
            var all = matching.Select(k => k.CaseId);
            return cases.Where(c => all.Contains(c.Id));
        }

        return cases.Where(c => caseIds.Contains(c.Id));
    }

    private async Task<IReadOnlySet<string>> ScopeAsync(string? unitCode, IReadOnlySet<string> visible, CancellationToken ct)
    {
        if (unitCode is null)
        {
            return visible;
        }

        var below = await jurisdiction.SubtreeAsync(unitCode, ct);
        return below.Where(visible.Contains).ToHashSet();
    }

    private static IQueryable<Case> Sorted(IQueryable<Case> cases, string? sort, IQueryable<BuildingBlocks.Deadlines.TrackedDeadline> open) => sort switch
    {
        "receivedAt" => cases.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id),
        "number" => cases.OrderBy(c => c.Number),
        "-number" => cases.OrderByDescending(c => c.Number),
        "dueAt" => cases
            .OrderBy(c => open.Where(d => d.CaseId == c.Id).Min(d => (DateTimeOffset?)d.DueAt) == null)
            .ThenBy(c => open.Where(d => d.CaseId == c.Id).Min(d => (DateTimeOffset?)d.DueAt))
            .ThenByDescending(c => c.ReceivedAt),
        _ => cases.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id),
    };

    private ChildSummary Summary(Child child, CaseChild link)
    {
        var name = sealer.OpenJson<ChildIdentity>(child.IdentitySealed, child.Id).FullName;
        return new ChildSummary(child.Id, actors.SeesIdentities ? name : Masking.Initials(name), child.Sex, link.AgeAtReport);
    }
}
