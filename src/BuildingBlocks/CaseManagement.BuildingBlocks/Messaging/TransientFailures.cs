using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseManagement.BuildingBlocks.Messaging;

/// <summary>
/// Failures of the surroundings, not of the work: the database or the broker unreachable, restarting
/// or busy, a timeout, a deadlock. Work that failed this way is tried again for as long as the outage
/// lasts; anything else is a fault of the work itself (its content, or our code) and is set aside.
/// </summary>
public static class TransientFailures
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        DbException db when db.IsTransient => true,
        TimeoutException or SocketException or RetryLimitExceededException => true,
        MassTransit.RabbitMqConnectionException or RabbitMQ.Client.Exceptions.BrokerUnreachableException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(Is),
        _ => exception.InnerException is { } inner && Is(inner),
    };
}
