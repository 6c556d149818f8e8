using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseManagement.BuildingBlocks.Persistence;

/// <summary>
/// One statement that answers a single value or a few rows, run on the context's connection and
/// inside its current transaction, past EF's query pipeline: EF compiled the arguments of an
/// interpolated SqlQuery into a new delegate on every call, which on the intake's hot path kept the
/// JIT busy. Arguments are parameters, written @p0, @p1, ... in the SQL.
/// </summary>
public static class DirectSql
{
    public static Task<T> ScalarAsync<T>(this DatabaseFacade database, string sql, CancellationToken ct, params object[] arguments) =>
        database.OnOpenConnectionAsync(async connection =>
        {
            await using var command = Command(database, connection, sql, arguments);
            var value = await command.ExecuteScalarAsync(ct);
            return (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
        }, ct);

    /// <summary>One statement that answers rows, each read by <paramref name="read"/>.</summary>
    public static Task<List<T>> RowsAsync<T>(this DatabaseFacade database, string sql, Func<DbDataReader, T> read, CancellationToken ct, params object[] arguments) =>
        database.OnOpenConnectionAsync(async connection =>
        {
            await using var command = Command(database, connection, sql, arguments);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var rows = new List<T>();
            while (await reader.ReadAsync(ct))
            {
                rows.Add(read(reader));
            }

            return rows;
        }, ct);

    private static DbCommand Command(DatabaseFacade database, DbConnection connection, string sql, object[] arguments)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = database.CurrentTransaction?.GetDbTransaction();
        for (var i = 0; i < arguments.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            parameter.Value = arguments[i];
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Runs work on the context's connection, opening it for the work only when it was closed
    /// (inside a transaction it is already open).</summary>
    internal static async Task<T> OnOpenConnectionAsync<T>(this DatabaseFacade database, Func<DbConnection, Task<T>> work, CancellationToken ct)
    {
        var connection = database.GetDbConnection();
        var openedHere = connection.State != ConnectionState.Open;
        if (openedHere)
        {
            await database.OpenConnectionAsync(ct);
        }

        try
        {
            return await work(connection);
        }
        finally
        {
            if (openedHere)
            {
                await database.CloseConnectionAsync();
            }
        }
    }
}
