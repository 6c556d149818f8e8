using System.Collections;
using CaseManagement.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseManagement.BuildingBlocks.Persistence;

/// <summary>
/// Saves a unit of work that only adds rows (an intake) without EF's change tracker: the given new
/// entities with the rows they hold through their navigations, and whatever the tracker has added
/// (outbox messages, deadlines), in one round trip. On PostgreSQL, attaching the new graph to the
/// tracker and preparing EF's batch were about a quarter of the Host's CPU per report. The given
/// entities are not tracked afterwards, and the values the database generates for them (an outbox
/// row's number) stay in the database; the tracked ones are accepted as SaveChanges would. When
/// the tracker holds anything other than new rows, or on another provider, EF saves it all instead.
/// </summary>
public static class NewRows
{
    public static async Task InsertNewAsync<TContext>(this TContext db, IReadOnlyList<object> entities, CancellationToken ct)
        where TContext : DbContext, IModuleDbContext
    {
        var pending = db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList();
        if (db.Provider != DatabaseProvider.PostgreSql || pending.Any(e => e.State != EntityState.Added))
        {
            db.AddRange(entities);
            await db.SaveChangesAsync(ct);
            return;
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var rows = new List<NewRow>(entities.Count * 4 + pending.Count);
        var tracked = pending.Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var entity in entities)
        {
            Collect(db.Model, sql, entity, tracked, rows);
        }

        rows.AddRange(pending.Select(e => new NewRow(NewRowShape.For(e.Metadata, sql), e.Entity, e)));
        await PostgresNewRows.WriteAsync(db, rows, ct);
        db.ChangeTracker.AcceptAllChanges();
        if (rows.Any(r => r.Entity is OutboxMessage))
        {
            OutboxWakeUp.RowsWritten(db);
        }
    }

    /// <summary>Hands the rows this unit of work has only added (deadlines, outbox messages) to another
    /// one, which saves them; this one is left with nothing tracked.</summary>
    public static IReadOnlyList<object> TakeAdded(this DbContext db)
    {
        var changed = db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList();
        if (changed.Any(e => e.State != EntityState.Added))
        {
            throw new InvalidOperationException("Only a unit of work that adds rows, and changes none, can hand them on.");
        }

        var added = changed.Where(e => !e.Metadata.IsOwned()).Select(e => e.Entity).ToList();
        db.ChangeTracker.Clear();
        return added;
    }

    /// <summary>The entity's row, then the rows that depend on it, checked to carry its key: EF's save
    /// would have set their foreign keys from the navigation, here the domain must have. An entity
    /// the tracker has added already is written once, from its entry.</summary>
    private static void Collect(IModel model, ISqlGenerationHelper sql, object entity, HashSet<object> tracked, List<NewRow> rows)
    {
        if (tracked.Contains(entity))
        {
            return;
        }

        var type = model.FindEntityType(entity.GetType())
            ?? throw new InvalidOperationException($"'{entity.GetType().Name}' is not an entity of this context.");
        var shape = NewRowShape.For(type, sql);
        rows.Add(new NewRow(shape, entity, null));
        foreach (var navigation in shape.Dependents)
        {
            var value = navigation.GetGetter().GetClrValue(entity);
            IEnumerable dependents = value switch
            {
                null => Array.Empty<object>(),
                IEnumerable many when navigation.IsCollection => many,
                var one => new[] { one },
            };
            foreach (var dependent in dependents)
            {
                CheckForeignKey(navigation.ForeignKey, entity, dependent);
                Collect(model, sql, dependent, tracked, rows);
            }
        }
    }

    private static void CheckForeignKey(IForeignKey foreignKey, object principal, object dependent)
    {
        for (var i = 0; i < foreignKey.Properties.Count; i++)
        {
            var key = foreignKey.PrincipalKey.Properties[i].GetGetter().GetClrValue(principal);
            var reference = foreignKey.Properties[i].GetGetter().GetClrValue(dependent);
            if (!Equals(key, reference))
            {
                throw new InvalidOperationException(
                    $"'{foreignKey.DeclaringEntityType.DisplayName()}.{foreignKey.Properties[i].Name}' does not hold the key of the '{foreignKey.PrincipalEntityType.DisplayName()}' it belongs to.");
            }
        }
    }
}
