using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Persistence;

/// <summary>
/// Gives the next case number of a commune in a year in one atomic statement (an upsert that
/// returns the new value), in the intake's transaction: a failed intake gives its number back, and
/// two intakes of one commune wait for each other only between this statement and their commit.
/// </summary>
public sealed class CaseNumbers(CasesDbContext db)
{
    public async Task<string> NextAsync(string unitCode, int year, CancellationToken ct)
    {
        var sql = db.Provider switch
        {
            DatabaseProvider.PostgreSql => """
                INSERT INTO cases."CaseNumbers" ("UnitCode", "Year", "Last") VALUES (@p0, @p1, 1)
                ON CONFLICT ("UnitCode", "Year") DO UPDATE SET "Last" = "CaseNumbers"."Last" + 1
                RETURNING "Last"
                """,
            DatabaseProvider.SqlServer => """
                MERGE [cases].[CaseNumbers] WITH (HOLDLOCK) AS t
                USING (SELECT @p0 AS UnitCode, @p1 AS Year) AS s ON t.UnitCode = s.UnitCode AND t.Year = s.Year
                WHEN MATCHED THEN UPDATE SET Last = t.Last + 1
                WHEN NOT MATCHED THEN INSERT (UnitCode, Year, Last) VALUES (s.UnitCode, s.Year, 1)
                OUTPUT inserted.Last;
                """,
            _ => """
                INSERT INTO "CaseNumbers" ("UnitCode", "Year", "Last") VALUES (@p0, @p1, 1)
                ON CONFLICT ("UnitCode", "Year") DO UPDATE SET "Last" = "Last" + 1
                RETURNING "Last"
                """,
        };
        var next = await db.Database.ScalarAsync<int>(sql, ct, unitCode, year);
        return $"{unitCode}-{year}-{next:0000}";
    }
}
