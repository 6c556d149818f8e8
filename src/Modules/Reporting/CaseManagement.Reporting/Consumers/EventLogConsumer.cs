using CaseManagement.BuildingBlocks;
using Microsoft.Extensions.DependencyInjection;
using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Persistence;
using CaseManagement.Reporting.Projection;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Reporting.Consumers;

/// <summary>
/// Appends one kind of case event of Cases or SupportInterventions to Reporting's event log. One is
/// registered for each event of <see cref="CaseStateFolding.Events"/>, all on one queue so that they keep
/// their order as far as the broker does. Nothing else happens here: the projector reads the log. The
/// log's unique message id makes a repeated delivery a no-op.
/// </summary>
internal sealed class EventLogConsumer<T>(ReportingDbContext db, TimeProvider clock, [FromKeyedServices(ReportingModule.ProjectorWakeUp)] WakeUp signal) : IConsumer<Batch<T>>
    where T : class
{
    public async Task Consume(ConsumeContext<Batch<T>> context)
    {
        var ct = context.CancellationToken;
        db.ChangeTracker.Clear(); // A retry reuses the scope.
        var messages = context.Message
            .GroupBy(m => m.MessageId ?? throw new InvalidOperationException($"{typeof(T).Name} arrived without a MessageId."))
            .Select(g => g.First())
            .ToList();
        var ids = messages.Select(m => m.MessageId!.Value).ToList();
        var logged = (await db.EventLog.AsNoTracking().Where(e => ids.Contains(e.MessageId)).Select(e => e.MessageId).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow();
        var fresh = messages.Where(m => !logged.Contains(m.MessageId!.Value))
            .Select(m => new RecordedEvent(m.MessageId!.Value, ReportingEvents.NameOf(typeof(T)), ReportingEvents.Serialize(m.Message), now))
            .ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        db.EventLog.AddRange(fresh);
        await db.SaveChangesAsync(ct); // A concurrent repeat fails on the unique message id; the retry drops it.
        signal.Raise();
    }
}

/// <summary>Puts every <see cref="EventLogConsumer{T}"/> on the one queue <c>reporting-event-log</c>; the first
/// event's definition sets the queue's retry policy, which would otherwise be stacked once per event.</summary>
internal sealed class EventLogConsumerDefinition<T> : ModuleBatchConsumerDefinition<EventLogConsumer<T>>
    where T : class
{
    public EventLogConsumerDefinition()
        : base(ReportingModule.Name)
    {
        EndpointName = EventLogConsumers.QueueName;
    }

    protected override bool ConfiguresEndpoint => typeof(T) == ReportingEvents.CaseEventTypes[0];
}

internal static class EventLogConsumers
{
    public const string QueueName = ReportingModule.Name + "-event-log";

    /// <summary>Registers the log's consumer of every event in <see cref="CaseStateFolding.Events"/>.</summary>
    public static void Register(IBusRegistrationConfigurator bus)
    {
        foreach (var type in ReportingEvents.CaseEventTypes)
        {
            bus.AddConsumer(typeof(EventLogConsumer<>).MakeGenericType(type), typeof(EventLogConsumerDefinition<>).MakeGenericType(type));
        }
    }
}
