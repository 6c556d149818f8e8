using Microsoft.EntityFrameworkCore;

namespace CaseManagement.BuildingBlocks.Persistence.Inserts;

/// <summary>The plain path: EF adds the rows and saves them with whatever else the unit of work holds.</summary>
internal static class EfNewRows
{
    public static async Task InsertAsync(DbContext db, IReadOnlyList<object> entities, CancellationToken ct)
    {
        db.AddRange(entities);
        await db.SaveChangesAsync(ct);
    }
}
