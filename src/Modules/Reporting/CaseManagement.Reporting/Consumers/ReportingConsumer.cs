using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Persistence;
using CaseManagement.Reporting.Projection;
using MassTransit;

namespace CaseManagement.Reporting.Consumers;

/// <summary>Every Reporting consumer first appends the events to the log, then updates its
/// projections, all in the one idempotent transaction per batch.</summary>
internal abstract class ReportingConsumer<TMessage>(ReportingDbContext db, TimeProvider clock)
    : IdempotentBatchConsumer<TMessage, ReportingDbContext>(db, clock)
    where TMessage : class
{
    protected sealed override Task HandleAsync(IReadOnlyList<ConsumeContext<TMessage>> messages, CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        Db.EventLog.AddRange(messages.Select(m =>
            new RecordedEvent(m.MessageId!.Value, ReportingEvents.NameOf(typeof(TMessage)), ReportingEvents.Serialize(m.Message), now)));
        return ProjectAsync(messages.Select(m => m.Message).ToList(), ct);
    }

    protected abstract Task ProjectAsync(IReadOnlyList<TMessage> messages, CancellationToken ct);
}
