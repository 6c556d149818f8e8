using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Persistence;
using CaseManagement.Directory.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Consumers;

/// <summary>Keeps Cases' copy of the Directory's organisations (police units for referrals).</summary>
internal sealed class OrganisationChangedConsumer(CasesDbContext db, TimeProvider clock)
    : IdempotentBatchConsumer<OrganisationChanged, CasesDbContext>(db, clock)
{
    protected override string ConsumerName => "cases.organisation-changed";

    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<OrganisationChanged>> messages, CancellationToken ct)
    {
        var ids = messages.Select(m => m.Message.OrganisationId).Distinct().ToList();
        var copies = await Db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        foreach (var change in messages.Select(m => m.Message))
        {
            if (copies.TryGetValue(change.OrganisationId, out var copy))
            {
                copy.ApplyIfNewer(change);
            }
            else
            {
                copies[change.OrganisationId] = copy = OrganisationCopy.From(change);
                Db.Organisations.Add(copy);
            }
        }
    }
}

internal sealed class OrganisationChangedConsumerDefinition()
    : ModuleBatchConsumerDefinition<OrganisationChangedConsumer>(CasesModule.Name);
