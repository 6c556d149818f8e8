using System.Text.Json;
using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Persistence;
using MassTransit;

namespace CaseManagement.Reporting.Consumers;

/// <summary>Every Reporting consumer first appends the event to the log, then updates projections,
/// all in the one idempotent transaction.</summary>
internal abstract class ReportingConsumer<TMessage>(ReportingDbContext db, TimeProvider clock)
    : IdempotentConsumer<TMessage, ReportingDbContext>(db, clock)
    where TMessage : class
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected sealed override Task HandleAsync(TMessage message, ConsumeContext<TMessage> context)
    {
        Db.EventLog.Add(new RecordedEvent(
            context.MessageId!.Value, typeof(TMessage).FullName!, JsonSerializer.Serialize(message, Json), Clock.GetUtcNow()));
        return ProjectAsync(message, context.CancellationToken);
    }

    protected abstract Task ProjectAsync(TMessage message, CancellationToken ct);
}
