using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.Cases.Contracts;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Features.Shared;
using CaseManagement.SupportInterventions.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Consumers;

/// <summary>A consumer of one of Cases' events that keeps the module's copy of the case.</summary>
internal abstract class CaseCopyConsumer<TMessage>(SupportInterventionsDbContext db, TimeProvider clock)
    : IdempotentBatchConsumer<TMessage, SupportInterventionsDbContext>(db, clock)
    where TMessage : class
{
    protected abstract (Guid CaseId, string UnitCode) CaseOf(TMessage message);

    protected abstract Task ApplyAsync(SupportCase copy, TMessage message, CancellationToken ct);

    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<TMessage>> messages, CancellationToken ct)
    {
        var ids = messages.Select(m => CaseOf(m.Message).CaseId).Distinct().ToList();
        var copies = await Db.Cases.Where(c => ids.Contains(c.CaseId)).ToDictionaryAsync(c => c.CaseId, ct);
        foreach (var message in messages.Select(m => m.Message))
        {
            var (caseId, unitCode) = CaseOf(message);
            if (!copies.TryGetValue(caseId, out var copy))
            {
                copies[caseId] = copy = SupportCase.Start(caseId, unitCode);
                Db.Cases.Add(copy);
            }

            await ApplyAsync(copy, message, ct);
        }
    }
}

internal sealed class CaseReportedConsumer(SupportInterventionsDbContext db, TimeProvider clock) : CaseCopyConsumer<CaseReported>(db, clock)
{
    protected override string ConsumerName => "support.case-reported";

    protected override (Guid, string) CaseOf(CaseReported message) => (message.CaseId, message.UnitCode);

    protected override Task ApplyAsync(SupportCase copy, CaseReported message, CancellationToken ct)
    {
        copy.Reported(message);
        return Task.CompletedTask;
    }
}

/// <summary>The case's step; reaching planning starts the 5-working-day plan limit, closing stops this module's limits.</summary>
internal sealed class CaseStatusChangedConsumer(SupportInterventionsDbContext db, TimeProvider clock, SupportUnitOfWork work)
    : CaseCopyConsumer<CaseStatusChanged>(db, clock)
{
    protected override string ConsumerName => "support.case-status-changed";

    protected override (Guid, string) CaseOf(CaseStatusChanged message) => (message.CaseId, message.UnitCode);

    protected override async Task ApplyAsync(SupportCase copy, CaseStatusChanged message, CancellationToken ct)
    {
        if (!copy.ChangeStatus(message.To, message.OccurredAt, message.CaseVersion))
        {
            return; // An older step, delivered after a newer one.
        }

        if (message.To == CaseStatus.Planning)
        {
            await work.SignalAsync(SupportDeadlineRules.PlanningStarted, message.CaseId, message.UnitCode, message.OccurredAt, ct);
        }
        else if (message.To == CaseStatus.Closed)
        {
            await work.SignalCaseClosedAsync(message.CaseId, message.UnitCode, message.OccurredAt, ct);
        }
    }
}

internal sealed class CaseAssessedConsumer(SupportInterventionsDbContext db, TimeProvider clock) : CaseCopyConsumer<CaseAssessed>(db, clock)
{
    protected override string ConsumerName => "support.case-assessed";

    protected override (Guid, string) CaseOf(CaseAssessed message) => (message.CaseId, message.UnitCode);

    protected override Task ApplyAsync(SupportCase copy, CaseAssessed message, CancellationToken ct)
    {
        copy.Assessed(message.EmergencyNeeded);
        return Task.CompletedTask;
    }
}

/// <summary>A case accepted by another commune moves there, with its support records.</summary>
internal sealed class CaseTransferredConsumer(SupportInterventionsDbContext db, TimeProvider clock) : CaseCopyConsumer<CaseTransferred>(db, clock)
{
    protected override string ConsumerName => "support.case-transferred";

    protected override (Guid, string) CaseOf(CaseTransferred message) => (message.CaseId, message.ToUnitCode);

    protected override async Task ApplyAsync(SupportCase copy, CaseTransferred message, CancellationToken ct)
    {
        copy.MovedTo(message.ToUnitCode);
        await Db.Plans.Where(p => p.CaseId == message.CaseId).ExecuteUpdateAsync(s => s.SetProperty(p => p.UnitCode, message.ToUnitCode), ct);
        await Db.Emergencies.Where(e => e.CaseId == message.CaseId).ExecuteUpdateAsync(s => s.SetProperty(e => e.UnitCode, message.ToUnitCode), ct);
        await Db.Separations.Where(e => e.CaseId == message.CaseId).ExecuteUpdateAsync(s => s.SetProperty(e => e.UnitCode, message.ToUnitCode), ct);
        await Db.Referrals.Where(e => e.CaseId == message.CaseId).ExecuteUpdateAsync(s => s.SetProperty(e => e.UnitCode, message.ToUnitCode), ct);
        await Db.Reviews.Where(e => e.CaseId == message.CaseId).ExecuteUpdateAsync(s => s.SetProperty(e => e.UnitCode, message.ToUnitCode), ct);
        await Db.Visits.Where(e => e.CaseId == message.CaseId).ExecuteUpdateAsync(s => s.SetProperty(e => e.UnitCode, message.ToUnitCode), ct);
    }
}

internal sealed class CaseReportedConsumerDefinition() : ModuleBatchConsumerDefinition<CaseReportedConsumer>(SupportInterventionsModule.Name);

internal sealed class CaseStatusChangedConsumerDefinition() : ModuleBatchConsumerDefinition<CaseStatusChangedConsumer>(SupportInterventionsModule.Name);

internal sealed class CaseAssessedConsumerDefinition() : ModuleBatchConsumerDefinition<CaseAssessedConsumer>(SupportInterventionsModule.Name);

internal sealed class CaseTransferredConsumerDefinition() : ModuleBatchConsumerDefinition<CaseTransferredConsumer>(SupportInterventionsModule.Name);
