using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Directory.Contracts;
using CaseManagement.Identity.Accounts;
using CaseManagement.Identity.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CaseManagement.Identity.Consumers;

/// <summary>Keeps Identity's copy of the unit tree, for users' units and jurisdictions.</summary>
internal sealed class AdministrativeUnitChangedConsumer(IdentityDbContext db, TimeProvider clock, IMemoryCache cache)
    : IdempotentBatchConsumer<AdministrativeUnitChanged, IdentityDbContext>(db, clock)
{
    protected override string ConsumerName => "identity.administrative-unit-changed";

    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<AdministrativeUnitChanged>> messages, CancellationToken ct)
    {
        var ids = messages.Select(m => m.Message.UnitId).Distinct().ToList();
        var units = await Db.Units.Where(u => ids.Contains(u.UnitId)).ToDictionaryAsync(u => u.UnitId, ct);
        foreach (var change in messages.Select(m => m.Message))
        {
            if (!units.TryGetValue(change.UnitId, out var unit))
            {
                units[change.UnitId] = unit = new UnitCopy(change.UnitId, change.Code);
                Db.Units.Add(unit);
            }

            unit.Apply(change);
        }
    }

    protected override void Committed() => cache.ForgetUnitTree<IdentityDbContext>();
}

internal sealed class AdministrativeUnitChangedConsumerDefinition()
    : ModuleBatchConsumerDefinition<AdministrativeUnitChangedConsumer>(IdentityModule.Name);
