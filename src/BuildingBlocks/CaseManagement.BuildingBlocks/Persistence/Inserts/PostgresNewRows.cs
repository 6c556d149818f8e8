using System.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CaseManagement.BuildingBlocks.Persistence.Inserts;

/// <summary>One new row: its shape, the entity, and its change-tracker entry when it came from there.</summary>
internal sealed record NewRow(NewRowShape Shape, object Entity, EntityEntry? Entry);

/// <summary>
/// Inserts new rows in one round trip (an <see cref="NpgsqlBatch"/> in the context's connection and
/// transaction): the rows of each table in one multi-row INSERT, tables in foreign-key order; a
/// tracked row with store-generated columns is inserted on its own and its entry is given the
/// returned values.
/// </summary>
internal static class PostgresNewRows
{
    /// <summary>PostgreSQL takes at most 65,535 parameters per statement.</summary>
    private const int MaxParameters = 30_000;

    /// <summary>The rows to insert: each given entity with its dependents, then the rows the tracker has added.</summary>
    public static List<NewRow> Collect(DbContext db, IReadOnlyList<object> entities, IReadOnlyList<EntityEntry> pending)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var rows = new List<NewRow>(entities.Count * 4 + pending.Count);
        var tracked = pending.Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var entity in entities)
        {
            Collect(db.Model, sql, entity, tracked, rows);
        }

        rows.AddRange(pending.Select(e => new NewRow(NewRowShape.For(e.Metadata, sql), e.Entity, e)));
        return rows;
    }

    public static async Task WriteAsync(DbContext db, IReadOnlyList<NewRow> rows, CancellationToken ct)
    {
        try
        {
            await db.Database.OnOpenConnectionAsync(connection => ExecuteAsync(db, (NpgsqlConnection)connection, rows, ct), ct);
        }
        catch (PostgresException failure)
        {
            throw new DbUpdateException("An error occurred while saving new rows. See the inner exception for details.", failure);
        }
    }

    private static async Task<int> ExecuteAsync(DbContext db, NpgsqlConnection connection, IReadOnlyList<NewRow> rows, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection) { Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction() };
        var returning = new List<NewRow>();
        foreach (var table in rows.GroupBy(r => r.Shape).OrderBy(g => g.Key.Depth))
        {
            AddInserts(batch, table.Key, table.ToList(), returning);
        }

        await using var reader = await batch.ExecuteReaderAsync(ct);
        for (var i = 0; i < returning.Count; i++)
        {
            // The reader skips the statements that return nothing; each RETURNING gives one result.
            if ((i > 0 && !await reader.NextResultAsync(ct)) || !await reader.ReadAsync(ct))
            {
                throw new InvalidOperationException("An insert returned no generated values.");
            }

            var row = returning[i];
            for (var c = 0; c < row.Shape.Generated.Count; c++)
            {
                var column = row.Shape.Generated[c];
                var property = row.Entry!.Property(column.Property.Name);
                property.CurrentValue = column.ModelValue(reader.GetValue(c));
                property.IsTemporary = false;
            }
        }

        // The statements after the last RETURNING still have to finish before a failure among them is known.
        while (await reader.NextResultAsync(ct))
        {
        }

        return rows.Count;
    }

    private static void AddInserts(NpgsqlBatch batch, NewRowShape shape, List<NewRow> rows, List<NewRow> returning)
    {
        // A tracked row is given its generated values (one INSERT … RETURNING each); a row given
        // without an entry keeps them in the database only, so it goes in with the others.
        var tracked = shape.Generated.Count > 0 ? rows.Where(r => r.Entry is not null).ToList() : [];
        foreach (var row in tracked)
        {
            batch.BatchCommands.Add(Insert(shape, [row], returning: true));
            returning.Add(row);
        }

        var untracked = tracked.Count == 0 ? rows : rows.Where(r => r.Entry is null).ToList();
        var perStatement = Math.Max(1, MaxParameters / Math.Max(1, shape.Written.Count));
        foreach (var chunk in untracked.Chunk(perStatement))
        {
            batch.BatchCommands.Add(Insert(shape, chunk, returning: false));
        }
    }

    private static NpgsqlBatchCommand Insert(NewRowShape shape, IReadOnlyList<NewRow> rows, bool returning)
    {
        var command = new NpgsqlBatchCommand(shape.InsertSql(rows.Count, returning));
        foreach (var row in rows)
        {
            foreach (var column in shape.Written)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = column.ProviderValue(row.Entity, row.Entry) ?? DBNull.Value });
            }
        }

        return command;
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
