using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Reporting.Projection;

/// <summary>Adds count changes to the indicator cells (the projector is their only writer).</summary>
internal static class CellStore
{
    private const int KeysPerQuery = 2000;

    public static async Task ApplyAsync(ReportingDbContext db, Dictionary<string, int> deltas, CancellationToken ct)
    {
        var changed = deltas.Where(d => d.Value != 0).Select(d => d.Key).ToList();
        foreach (var chunk in changed.Chunk(KeysPerQuery))
        {
            var keys = chunk.ToList();
            var cells = await db.Cells.Where(c => keys.Contains(c.Key)).ToDictionaryAsync(c => c.Key, StringComparer.Ordinal, ct);
            foreach (var key in keys)
            {
                if (!cells.TryGetValue(key, out var cell))
                {
                    cell = new IndicatorCell(key);
                    db.Cells.Add(cell);
                }

                cell.Count += deltas[key];
                if (cell.Count == 0)
                {
                    db.Cells.Remove(cell);
                }
            }
        }
    }
}
