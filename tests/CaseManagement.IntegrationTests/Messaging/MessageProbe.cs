using System.Collections.Concurrent;
using MassTransit;

namespace CaseManagement.IntegrationTests.Messaging;

/// <summary>Counts what the bus really published and delivered, by MessageId, so tests can see
/// duplicates that the idempotent consumers would otherwise hide.</summary>
public sealed class MessageProbe : IPublishObserver, IConsumeObserver
{
    public ConcurrentDictionary<Guid, int> Published { get; } = new();

    public ConcurrentDictionary<Guid, int> Consumed { get; } = new();

    public Task PostPublish<T>(PublishContext<T> context) where T : class
    {
        Published.AddOrUpdate(context.MessageId!.Value, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        Consumed.AddOrUpdate(context.MessageId!.Value, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
