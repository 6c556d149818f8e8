using CaseManagement.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseManagement.BuildingBlocks.Persistence.Inserts;

/// <summary>
/// Saves a unit of work that only adds rows (new cases, audit entries): the given new entities with the rows they
/// hold through their navigations, and whatever the tracker has added (outbox messages). This is the one seam: on
/// PostgreSQL the rows go in past EF's change tracker in one round trip (<see cref="PostgresNewRows"/>, ADR 13),
/// on the other providers, or when the tracker holds anything but new rows, EF saves them (<see cref="EfNewRows"/>).
/// The given entities are not tracked afterwards; the tracked ones are accepted as SaveChanges would.
/// </summary>
public static class NewRows
{
    public static async Task InsertNewAsync<TContext>(this TContext db, IReadOnlyList<object> entities, CancellationToken ct)
        where TContext : DbContext, IModuleDbContext
    {
        var pending = db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList();
        if (db.Provider != DatabaseProvider.PostgreSql || pending.Any(e => e.State != EntityState.Added))
        {
            await EfNewRows.InsertAsync(db, entities, ct);
            return;
        }

        var rows = PostgresNewRows.Collect(db, entities, pending);
        await PostgresNewRows.WriteAsync(db, rows, ct);
        db.ChangeTracker.AcceptAllChanges();
        if (rows.Any(r => r.Entity is OutboxMessage))
        {
            OutboxWakeUp.RowsWritten(db);
        }
    }
}
