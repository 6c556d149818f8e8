using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.Cases.Contracts;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Persistence;
using CaseManagement.Reporting.Projection;
using CaseManagement.SupportInterventions.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Reporting.Consumers;

/// <summary>
/// Appends the case events of Cases and SupportInterventions to Reporting's event log, on one queue
/// so that they keep their order as far as the broker does. Nothing else happens here: the projector
/// reads the log. The log's unique message id makes a repeated delivery a no-op.
/// </summary>
internal sealed class EventLogConsumer(ReportingDbContext db, TimeProvider clock, ProjectionSignal signal) :
    IConsumer<Batch<CaseReported>>, IConsumer<Batch<CaseReportMerged>>, IConsumer<Batch<CaseStatusChanged>>, IConsumer<Batch<CaseAssessed>>,
    IConsumer<Batch<CaseReclassified>>, IConsumer<Batch<CaseTransferred>>, IConsumer<Batch<CaseClosed>>, IConsumer<Batch<CaseReopened>>,
    IConsumer<Batch<DeadlineBreached>>, IConsumer<Batch<DeadlineStopped>>, IConsumer<Batch<PoliceReferralSent>>,
    IConsumer<Batch<PoliceReferralAcknowledged>>, IConsumer<Batch<PoliceReferralOutcomeRecorded>>, IConsumer<Batch<EmergencyInterventionRecorded>>,
    IConsumer<Batch<SeparationStarted>>, IConsumer<Batch<ServiceDelivered>>, IConsumer<Batch<ServiceReferralCompleted>>,
    IConsumer<Batch<SupportDeadlineBreached>>, IConsumer<Batch<SupportDeadlineStopped>>
{
    public Task Consume(ConsumeContext<Batch<CaseReported>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<CaseReportMerged>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<CaseStatusChanged>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<CaseAssessed>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<CaseReclassified>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<CaseTransferred>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<CaseClosed>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<CaseReopened>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<DeadlineBreached>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<DeadlineStopped>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<PoliceReferralSent>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<PoliceReferralAcknowledged>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<PoliceReferralOutcomeRecorded>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<EmergencyInterventionRecorded>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<SeparationStarted>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<ServiceDelivered>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<ServiceReferralCompleted>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<SupportDeadlineBreached>> context) => AppendAsync(context);

    public Task Consume(ConsumeContext<Batch<SupportDeadlineStopped>> context) => AppendAsync(context);

    private async Task AppendAsync<T>(ConsumeContext<Batch<T>> context)
        where T : class
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

internal sealed class EventLogConsumerDefinition() : ModuleBatchConsumerDefinition<EventLogConsumer>(ReportingModule.Name);
