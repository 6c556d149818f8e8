using Microsoft.EntityFrameworkCore;

namespace CaseManagement.BuildingBlocks.Persistence;

/// <summary>A named lock held until the current transaction ends, so that one worker at a time
/// (across Host instances) does a job: PostgreSQL advisory locks, SQL Server application locks.
/// SQLite serves one instance; callers keep an in-process gate for it.</summary>
public static class TransactionLocks
{
    /// <summary>Takes the lock without waiting; false when another transaction holds it.</summary>
    public static async Task<bool> TryTakeAsync(DbContext db, DatabaseProvider provider, string name, CancellationToken ct) => provider switch
    {
        DatabaseProvider.PostgreSql => await db.Database.ScalarAsync<bool>("SELECT pg_try_advisory_xact_lock(@p0)", ct, KeyOf(name)),
        DatabaseProvider.SqlServer => await db.Database.ScalarAsync<int>(
            "DECLARE @r int; EXEC @r = sp_getapplock @Resource = @p0, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 0; SELECT @r",
            ct, name) >= 0,
        _ => true,
    };

    /// <summary>A stable 64-bit key for a lock name (FNV-1a).</summary>
    public static long KeyOf(string name)
    {
        unchecked
        {
            var hash = (long)14695981039346656037UL;
            foreach (var c in name)
            {
                hash = (hash ^ c) * 1099511628211L;
            }

            return hash;
        }
    }
}
