using MassTransit;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace CaseManagement.BuildingBlocks.Messaging;

/// <summary>A consumer queue's error twin and the messages waiting in it.</summary>
public sealed record ErrorQueue(string Queue, uint Messages);

/// <summary>
/// What waits in the consumers' <c>_error</c> queues on RabbitMQ: the messages that failed outside any
/// consumer's own handling (one that cannot be read, or whose parking failed). Consumers park what fails
/// for its content and retry outages, so these stay empty unless something unforeseen happened; when not,
/// health says degraded and an operator sends them back to their queue once the cause is fixed. The
/// in-memory transport keeps no error queues to look into.
/// </summary>
public sealed class ErrorQueues(ModuleQueues queues, IOptions<MessagingOptions> options)
{
    public bool Supported => options.Value.Transport == MessagingTransport.RabbitMq;

    /// <summary>Each consumer queue's error twin that holds messages.</summary>
    public async Task<IReadOnlyList<ErrorQueue>> WaitingAsync(CancellationToken ct)
    {
        if (!Supported)
        {
            return [];
        }

        await using var connection = await ConnectAsync(ct);
        var waiting = new List<ErrorQueue>();
        foreach (var queue in queues.Names.Select(ErrorTwin))
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            try
            {
                var declared = await channel.QueueDeclarePassiveAsync(queue, ct);
                if (declared.MessageCount > 0)
                {
                    waiting.Add(new ErrorQueue(queue, declared.MessageCount));
                }
            }
            catch (OperationInterruptedException)
            {
                // No such queue yet: nothing has ever failed there.
            }
        }

        return waiting;
    }

    /// <summary>Moves every message of a consumer's error queue back to the consumer's queue; returns how many,
    /// or null when the queue is not one of ours.</summary>
    public async Task<int?> ReturnAsync(string errorQueue, CancellationToken ct)
    {
        var queue = queues.Names.FirstOrDefault(q => ErrorTwin(q) == errorQueue);
        if (!Supported || queue is null)
        {
            return null;
        }

        await using var connection = await ConnectAsync(ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        var moved = 0;
        while (await channel.BasicGetAsync(errorQueue, autoAck: false, ct) is { } message)
        {
            var properties = new BasicProperties(message.BasicProperties);
            await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, message.Body, ct);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, ct);
            moved++;
        }

        return moved;
    }

    private static string ErrorTwin(string queue) => queue + "_error";

    private Task<IConnection> ConnectAsync(CancellationToken ct)
    {
        var rabbit = options.Value.RabbitMq;
        return new ConnectionFactory
        {
            HostName = rabbit.Host, Port = rabbit.Port, VirtualHost = rabbit.VirtualHost, UserName = rabbit.Username, Password = rabbit.Password,
        }.CreateConnectionAsync("casemanagement-error-queues", ct);
    }
}

/// <summary>The names of the consumers' queues, as their definitions name them.</summary>
public sealed class ModuleQueues(IReadOnlyList<string> names)
{
    public IReadOnlyList<string> Names { get; } = names;

    public static ModuleQueues From(IServiceProvider services, IEnumerable<Type> definitionTypes) => new(definitionTypes
        .Select(type => ((IConsumerDefinition)services.GetService(type)!).GetEndpointName(KebabCaseEndpointNameFormatter.Instance))
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
}
