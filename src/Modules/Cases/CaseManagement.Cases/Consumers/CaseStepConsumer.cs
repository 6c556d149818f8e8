using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseManagement.Cases.Consumers;

/// <summary>
/// Moves a case's step from an event of SupportInterventions (emergency decided, plan approved,
/// review completed), with its timeline entry, status events and deadline signals. An event the case's
/// step no longer allows (it arrived late, or the case was closed meanwhile) is logged and skipped:
/// redelivering it would never make it allowed.
/// </summary>
internal abstract partial class CaseStepConsumer<TMessage>(CasesDbContext db, TimeProvider clock, CaseUnitOfWork work, ILogger logger)
    : IdempotentBatchConsumer<TMessage, CasesDbContext>(db, clock)
    where TMessage : class
{
    protected abstract Guid CaseIdOf(TMessage message);

    /// <summary>Applies the step; returns the deadline signal it raises, if any.</summary>
    protected abstract string? Apply(Case subject, TMessage message);

    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<TMessage>> messages, CancellationToken ct)
    {
        foreach (var message in messages.Select(m => m.Message))
        {
            var id = CaseIdOf(message);
            var subject = Db.Cases.Local.FirstOrDefault(c => c.Id == id) ?? await Db.Cases.Include(c => c.Children).SingleOrDefaultAsync(c => c.Id == id, ct);
            if (subject is null)
            {
                LogUnknownCase(logger, typeof(TMessage).Name, id);
                continue;
            }

            try
            {
                if (Apply(subject, message) is { } signal)
                {
                    await work.SignalAsync(subject, signal, ct);
                }

                await work.QueueAsync(subject, [], ct);
            }
            catch (CaseRuleException e)
            {
                LogSkipped(logger, typeof(TMessage).Name, id, subject.Status.ToString(), e.Code);
            }
        }
    }

    /// <summary>The person who took the step in SupportInterventions, at the step's own time, recorded now.</summary>
    protected Actor By(string userId, string? userName, DateTimeOffset at) => new Actor(userId, userName ?? userId, at) { RecordedAt = Clock.GetUtcNow() };

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Event} for unknown case {CaseId} ignored")]
    private static partial void LogUnknownCase(ILogger logger, string @event, Guid caseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Event} for case {CaseId} at step {Status} skipped: {Rule}")]
    private static partial void LogSkipped(ILogger logger, string @event, Guid caseId, string status, string rule);
}
