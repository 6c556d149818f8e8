using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseManagement.BuildingBlocks.Persistence;

/// <summary>
/// One statement that answers a single value, run on the context's connection and inside its current
/// transaction, past EF's query pipeline: EF compiled the arguments of an interpolated SqlQuery into a
/// new delegate on every call, which on the intake's hot path kept the JIT busy. Arguments are
/// parameters, written @p0, @p1, ... in the SQL.
/// </summary>
public static class DirectSql
{
    public static async Task<T> ScalarAsync<T>(this DatabaseFacade database, string sql, CancellationToken ct, params object[] arguments)
    {
        var connection = database.GetDbConnection();
        var openedHere = connection.State != ConnectionState.Open;
        if (openedHere)
        {
            await database.OpenConnectionAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = database.CurrentTransaction?.GetDbTransaction();
            for (var i = 0; i < arguments.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
                parameter.Value = arguments[i];
                command.Parameters.Add(parameter);
            }

            var value = await command.ExecuteScalarAsync(ct);
            return (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
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
