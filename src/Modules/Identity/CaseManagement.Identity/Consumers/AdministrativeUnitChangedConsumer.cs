using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.Directory.Contracts;
using CaseManagement.Identity.Accounts;
using CaseManagement.Identity.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Identity.Consumers;

/// <summary>Keeps Identity's copy of the unit tree, for users' units and jurisdictions.</summary>
internal sealed class AdministrativeUnitChangedConsumer(IdentityDbContext db, TimeProvider clock)
    : IdempotentBatchConsumer<AdministrativeUnitChanged, IdentityDbContext>(db, clock)
{
    protected override string ConsumerName => "identity.administrative-unit-changed";

    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<AdministrativeUnitChanged>> messages, CancellationToken ct)
    {
        var codes = messages.Select(m => m.Message.Code).Distinct().ToList();
        var units = await Db.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, ct);
        foreach (var change in messages.Select(m => m.Message))
        {
            if (!units.TryGetValue(change.Code, out var unit))
            {
                units[change.Code] = unit = new UnitCopy(change.Code);
                Db.Units.Add(unit);
            }

            unit.Apply(change);
        }
    }
}

internal sealed class AdministrativeUnitChangedConsumerDefinition()
    : ModuleBatchConsumerDefinition<AdministrativeUnitChangedConsumer>(IdentityModule.Name);
