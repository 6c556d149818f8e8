using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Domain.Indicators;
using CaseManagement.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Reporting.Projection;

/// <summary>
/// Counts every cell again from the case records, without replaying the log: after the unit tree
/// changed (roll-ups follow the new hierarchy) and when a new half-year or month began (open cases count at
/// its end). Cases are read a page at a time; a child with several cases is counted once all of
/// them are read.
/// </summary>
public sealed class CellRecount(ReportingDbContext db)
{
    private const int PageSize = 5000;

    public async Task RunAsync(IndicatorRules rules, IUnitChains units, CancellationToken ct)
    {
        var deltas = new CellDeltas(rules, units);
        var multiCase = (await db.ChildCases.AsNoTracking().GroupBy(l => l.ChildId).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync(ct))
            .ToHashSet();
        var deferred = new List<CaseState>();
        var ids = await db.CaseRecords.AsNoTracking().Select(r => r.CaseId).ToListAsync(ct);
        foreach (var chunk in ids.Chunk(PageSize))
        {
            var pageIds = chunk.ToList();
            var states = (await db.CaseRecords.AsNoTracking().Where(r => pageIds.Contains(r.CaseId)).ToListAsync(ct)).Select(r => r.Read()).ToList();
            deltas.AddAll(states, states.SelectMany(s => s.Children).Select(c => c.ChildId).Where(id => !multiCase.Contains(id)).Distinct());
            deferred.AddRange(states.Where(s => s.Children.Exists(c => multiCase.Contains(c.ChildId))));
        }

        deltas.AddChildren(multiCase, deferred);
        await db.Cells.ExecuteDeleteAsync(ct);
        foreach (var tracked in db.ChangeTracker.Entries<IndicatorCell>().ToList())
        {
            tracked.State = EntityState.Detached; // Saved by the batch before the recount; now deleted.
        }

        await CellStore.WriteAllAsync(db, deltas.Deltas, ct);
    }
}
