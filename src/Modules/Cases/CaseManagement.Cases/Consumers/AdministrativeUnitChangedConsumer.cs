using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using CaseManagement.Directory.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CaseManagement.Cases.Consumers;

/// <summary>Keeps Cases' copy of the units; whole unit lists arrive at once, hence a batch consumer.</summary>
internal sealed class AdministrativeUnitChangedConsumer(CasesDbContext db, TimeProvider clock, CaseUnits units, IMemoryCache cache)
    : IdempotentBatchConsumer<AdministrativeUnitChanged, CasesDbContext>(db, clock)
{
    protected override string ConsumerName => "cases.administrative-unit-changed";

    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<AdministrativeUnitChanged>> messages, CancellationToken ct)
    {
        var ids = messages.Select(m => m.Message.UnitId).Distinct().ToList();
        var copies = await Db.Units.Where(u => ids.Contains(u.UnitId)).ToDictionaryAsync(u => u.UnitId, ct);
        foreach (var change in messages.Select(m => m.Message))
        {
            if (copies.TryGetValue(change.UnitId, out var copy))
            {
                copy.ApplyIfNewer(change);
            }
            else
            {
                copies[change.UnitId] = copy = AdministrativeUnitCopy.From(change);
                Db.Units.Add(copy);
            }
        }
    }

    protected override void Committed()
    {
        units.Invalidate();
        cache.ForgetUnitTree<CasesDbContext>();
    }
}

internal sealed class AdministrativeUnitChangedConsumerDefinition()
    : ModuleBatchConsumerDefinition<AdministrativeUnitChangedConsumer>(CasesModule.Name);
