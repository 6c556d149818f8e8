using CaseManagement.BuildingBlocks.Persistence;

namespace CaseManagement.Cases.Persistence;

/// <summary>
/// Gives the next case numbers of communes in a year, in the caller's transaction: each commune's
/// counter moves once per call, by the number of new cases it gets (an upsert that returns the new
/// value), so a failed intake gives its numbers back, and two intakes of one commune wait for each
/// other only between this statement and their commit. Counters are taken in one order (commune,
/// then year), so two writers of the same communes cannot deadlock.
/// </summary>
public sealed class CaseNumbers(CasesDbContext db)
{
    /// <summary>One number for each new case, in the order given.</summary>
    public async Task<IReadOnlyList<string>> NextAsync(IReadOnlyList<(string UnitCode, int Year)> cases, CancellationToken ct)
    {
        var blocks = cases.CountBy(c => c).OrderBy(b => b.Key.UnitCode, StringComparer.Ordinal).ThenBy(b => b.Key.Year).ToList();
        var last = await MoveAsync(blocks, ct);
        // Each block ends at the counter's new value; its numbers are handed out from its start.
        var given = blocks.ToDictionary(b => b.Key, b => last[b.Key] - b.Value);
        var numbers = new List<string>(cases.Count);
        foreach (var key in cases)
        {
            var next = ++given[key];
            numbers.Add($"{key.UnitCode}-{key.Year}-{next:0000}");
        }

        return numbers;
    }

    private async Task<Dictionary<(string UnitCode, int Year), int>> MoveAsync(List<KeyValuePair<(string UnitCode, int Year), int>> blocks, CancellationToken ct)
    {
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            var rows = await db.Database.RowsAsync(
                """
                INSERT INTO cases."CaseNumbers" ("UnitCode", "Year", "Last")
                SELECT * FROM unnest(@p0::text[], @p1::int[], @p2::int[])
                ON CONFLICT ("UnitCode", "Year") DO UPDATE SET "Last" = "CaseNumbers"."Last" + excluded."Last"
                RETURNING "UnitCode", "Year", "Last"
                """,
                reader => (Key: (reader.GetString(0), reader.GetInt32(1)), Last: reader.GetInt32(2)), ct,
                blocks.Select(b => b.Key.UnitCode).ToArray(), blocks.Select(b => b.Key.Year).ToArray(), blocks.Select(b => b.Value).ToArray());
            return rows.ToDictionary(r => r.Key, r => r.Last);
        }

        var sql = db.Provider == DatabaseProvider.SqlServer
            ? """
                MERGE [cases].[CaseNumbers] WITH (HOLDLOCK) AS t
                USING (SELECT @p0 AS UnitCode, @p1 AS Year, @p2 AS Added) AS s ON t.UnitCode = s.UnitCode AND t.Year = s.Year
                WHEN MATCHED THEN UPDATE SET Last = t.Last + s.Added
                WHEN NOT MATCHED THEN INSERT (UnitCode, Year, Last) VALUES (s.UnitCode, s.Year, s.Added)
                OUTPUT inserted.Last;
                """
            : """
                INSERT INTO "CaseNumbers" ("UnitCode", "Year", "Last") VALUES (@p0, @p1, @p2)
                ON CONFLICT ("UnitCode", "Year") DO UPDATE SET "Last" = "Last" + excluded."Last"
                RETURNING "Last"
                """;
        var last = new Dictionary<(string UnitCode, int Year), int>(blocks.Count);
        foreach (var (key, count) in blocks)
        {
            last[key] = await db.Database.ScalarAsync<int>(sql, ct, key.UnitCode, key.Year, count);
        }

        return last;
    }
}
