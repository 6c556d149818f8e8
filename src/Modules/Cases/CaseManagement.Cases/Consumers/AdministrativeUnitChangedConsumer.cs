using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Persistence;
using CaseManagement.Directory.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Consumers;

internal sealed class AdministrativeUnitChangedConsumer(CasesDbContext db, TimeProvider clock)
    : IdempotentConsumer<AdministrativeUnitChanged, CasesDbContext>(db, clock)
{
    protected override string ConsumerName => "cases.administrative-unit-changed";

    protected override async Task HandleAsync(AdministrativeUnitChanged message, ConsumeContext<AdministrativeUnitChanged> context)
    {
        var copy = await Db.Units.SingleOrDefaultAsync(u => u.Code == message.Code, context.CancellationToken);
        if (copy is null)
        {
            Db.Units.Add(AdministrativeUnitCopy.From(message));
        }
        else
        {
            copy.ApplyIfNewer(message);
        }
    }
}

internal sealed class AdministrativeUnitChangedConsumerDefinition()
    : ModuleConsumerDefinition<AdministrativeUnitChangedConsumer>(CasesModule.Name);
