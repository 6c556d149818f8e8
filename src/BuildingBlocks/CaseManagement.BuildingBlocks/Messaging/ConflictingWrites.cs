using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseManagement.BuildingBlocks.Messaging;

/// <summary>
/// A write that lost a race with another: a row changed since it was read (optimistic concurrency), or
/// a key another delivery inserted first. Tried again, it reads the winner's row and succeeds (or finds
/// the message already applied); it says nothing about the message's content.
/// </summary>
public static class ConflictingWrites
{
    private const string PostgresUniqueViolation = "23505";
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool Is(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresUniqueViolation } } => true,
        DbUpdateException { InnerException: SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } } => true,
        DbUpdateException { InnerException: Microsoft.Data.SqlClient.SqlException { Number: 2601 or 2627 } } => true,
        _ => false,
    };

    /// <summary>An insert refused because its key is taken, whether the write went through EF (wrapped) or a batch
    /// of its own (the provider's exception itself).</summary>
    public static bool IsDuplicateKey(Exception exception) => exception switch
    {
        DbUpdateException { InnerException: { } inner } => IsDuplicateKey(inner),
        PostgresException { SqlState: PostgresUniqueViolation } => true,
        SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } => true,
        Microsoft.Data.SqlClient.SqlException { Number: 2601 or 2627 } => true,
        _ => false,
    };
}
