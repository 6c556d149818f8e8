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
        var query = db.Provider switch
        {
            DatabaseProvider.PostgreSql => db.Database.SqlQuery<int>($"""
                INSERT INTO cases."CaseNumbers" ("UnitCode", "Year", "Last") VALUES ({unitCode}, {year}, 1)
                ON CONFLICT ("UnitCode", "Year") DO UPDATE SET "Last" = "CaseNumbers"."Last" + 1
                RETURNING "Last" AS "Value"
                """),
            DatabaseProvider.SqlServer => db.Database.SqlQuery<int>($"""
                MERGE [cases].[CaseNumbers] WITH (HOLDLOCK) AS t
                USING (SELECT {unitCode} AS UnitCode, {year} AS Year) AS s ON t.UnitCode = s.UnitCode AND t.Year = s.Year
                WHEN MATCHED THEN UPDATE SET Last = t.Last + 1
                WHEN NOT MATCHED THEN INSERT (UnitCode, Year, Last) VALUES (s.UnitCode, s.Year, 1)
                OUTPUT inserted.Last AS Value;
                """),
            _ => db.Database.SqlQuery<int>($"""
                INSERT INTO "CaseNumbers" ("UnitCode", "Year", "Last") VALUES ({unitCode}, {year}, 1)
                ON CONFLICT ("UnitCode", "Year") DO UPDATE SET "Last" = "Last" + 1
                RETURNING "Last" AS "Value"
                """),
        };
        var next = (await query.ToListAsync(ct)).Single();
        return $"{unitCode}-{year}-{next:0000}";
    }
}
