using System.Data.Common;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Identity.Domain;
using CaseManagement.Identity.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseManagement.Identity.Audit;

/// <summary>
/// On PostgreSQL a batch of new entries is sealed before it is inserted, in the writer's transaction:
/// it waits for the chain's lock (the one the <see cref="AuditSealer"/> takes), reads the end of the
/// chain and draws the entries' ids from the column's own sequence, all in one round trip. Sealing
/// afterwards cost an UPDATE per entry, which rewrote the row and its six index entries (about a tenth
/// of the database's work per report at intake). Other providers insert unsealed and leave the chain
/// to the sealer.
/// </summary>
internal static class SealAtWrite
{
    public static bool IsSupported(IdentityDbContext db) => db.Provider == DatabaseProvider.PostgreSql;

    /// <summary>Gives each entry its id and seal, in order; the caller inserts them and commits.</summary>
    public static async Task SealAsync(IdentityDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Audit entries are sealed at write only inside the writer's transaction.");
        command.CommandText = $"""
            SELECT pg_advisory_xact_lock(@lock);
            SELECT "ChainIndex", "Hash" FROM {Table} WHERE "ChainIndex" IS NOT NULL ORDER BY "ChainIndex" DESC LIMIT 1;
            SELECT nextval(pg_get_serial_sequence('{Table}', 'Id')) FROM generate_series(1, @count);
            """;
        AddParameter(command, "lock", TransactionLocks.KeyOf(AuditSealer.LockName));
        AddParameter(command, "count", entries.Count);

        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        var (index, hash) = await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetString(1)) : (0L, AuditChain.Genesis);
        await reader.NextResultAsync(ct);
        foreach (var entry in entries)
        {
            await reader.ReadAsync(ct);
            entry.AssignId(reader.GetInt64(0));
            entry.Seal(++index, hash);
            hash = entry.Hash!;
        }
    }

    private const string Table = IdentityDbContext.SchemaName + ".\"AuditEntries\"";

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
