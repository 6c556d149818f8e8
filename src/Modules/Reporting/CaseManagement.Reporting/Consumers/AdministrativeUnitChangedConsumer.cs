using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.Directory.Contracts;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Persistence;

namespace CaseManagement.Reporting.Consumers;

internal sealed class AdministrativeUnitChangedConsumer(ReportingDbContext db, TimeProvider clock)
    : ReportingConsumer<AdministrativeUnitChanged>(db, clock)
{
    protected override string ConsumerName => "reporting.administrative-unit-changed";

    protected override async Task ProjectAsync(AdministrativeUnitChanged message, CancellationToken ct)
    {
        var unit = await Db.Units.FindAsync([message.Code], ct);
        if (unit is null)
        {
            unit = new ReportingUnit(message.Code);
            Db.Units.Add(unit);
        }

        unit.Refresh(message);
    }
}

internal sealed class AdministrativeUnitChangedConsumerDefinition()
    : ModuleConsumerDefinition<AdministrativeUnitChangedConsumer>(ReportingModule.Name);
