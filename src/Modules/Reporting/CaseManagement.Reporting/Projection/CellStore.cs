using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CaseManagement.Reporting.Projection;

/// <summary>Adds count changes to the indicator cells (the projector is their only writer). On
/// PostgreSQL one statement takes a whole batch's changes (a batch touches thousands of
/// cells; an UPDATE each was the projector's bottleneck); elsewhere through EF.</summary>
internal static class CellStore
{
    private const int KeysPerQuery = 2000;
    private const int UpsertKeys = 50_000; // A batch of a busy day touches tens of thousands of cells.

    public static async Task ApplyAsync(ReportingDbContext db, Dictionary<string, int> deltas, CancellationToken ct)
    {
        var changed = deltas.Where(d => d.Value != 0).Select(d => d.Key).ToList();
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            foreach (var chunk in changed.Chunk(UpsertKeys))
            {
                await UpsertAsync(db, [.. chunk], deltas, ct);
            }

            return;
        }

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

    /// <summary>Writes every cell of a recount into the emptied table: one binary COPY on PostgreSQL (an upsert probes
    /// the key's index twice per cell, and a recount writes millions of cells), else as changes from nothing.</summary>
    public static async Task WriteAllAsync(ReportingDbContext db, Dictionary<string, int> counts, CancellationToken ct)
    {
        if (db.Provider != DatabaseProvider.PostgreSql)
        {
            await ApplyAsync(db, counts, ct);
            return;
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var copy = await connection.BeginBinaryImportAsync(
            """COPY reporting."IndicatorCells" ("Key", "Indicator", "Period", "Unit", "Cell", "Count") FROM STDIN (FORMAT BINARY)""", ct);
        foreach (var (key, count) in counts)
        {
            if (count == 0)
            {
                continue;
            }

            var parts = key.Split(Domain.Indicators.Contributions.Separator);
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(key, NpgsqlDbType.Text, ct);
            for (var i = 0; i < 4; i++)
            {
                await copy.WriteAsync(parts[i], NpgsqlDbType.Text, ct);
            }

            await copy.WriteAsync(count, NpgsqlDbType.Integer, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private static async Task UpsertAsync(ReportingDbContext db, List<string> keys, Dictionary<string, int> deltas, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return;
        }

        // The cells that exist are updated, and only the missing ones inserted: an upsert (INSERT … ON
        // CONFLICT DO UPDATE) locks each existing row before updating it, a WAL record of its own per
        // cell, and a report touches about 20 cells.
        // The inserts keep ON CONFLICT as a guard: a cell inserted meanwhile is added to, not refused.
        var parts = keys.Select(k => k.Split(Domain.Indicators.Contributions.Separator)).ToList();
        await db.Database.ExecuteSqlRawAsync(
            """
            WITH changes ("Key", "Indicator", "Period", "Unit", "Cell", "Count") AS (
                SELECT * FROM unnest({0}::text[], {1}::text[], {2}::text[], {3}::text[], {4}::text[], {5}::int[])),
            updated AS (
                UPDATE reporting."IndicatorCells" AS c SET "Count" = c."Count" + changes."Count"
                FROM changes WHERE c."Key" = changes."Key"
                RETURNING c."Key")
            INSERT INTO reporting."IndicatorCells" ("Key", "Indicator", "Period", "Unit", "Cell", "Count")
            SELECT * FROM changes WHERE NOT EXISTS (SELECT 1 FROM updated WHERE updated."Key" = changes."Key")
            ON CONFLICT ("Key") DO UPDATE SET "Count" = "IndicatorCells"."Count" + EXCLUDED."Count"
            """,
            [keys.ToArray(), parts.Select(p => p[0]).ToArray(), parts.Select(p => p[1]).ToArray(), parts.Select(p => p[2]).ToArray(),
                parts.Select(p => p[3]).ToArray(), keys.Select(k => deltas[k]).ToArray()],
            ct);
        // Only a cell whose count went down can have reached zero: new reports only add, and then
        // there is nothing to look for (the delete was a third of the cells' database time at intake).
        var lowered = keys.Where(k => deltas[k] < 0).ToArray();
        if (lowered.Length > 0)
        {
            await db.Database.ExecuteSqlRawAsync(
                """DELETE FROM reporting."IndicatorCells" WHERE "Key" = ANY({0}) AND "Count" = 0""", [lowered], ct);
        }
    }
}
