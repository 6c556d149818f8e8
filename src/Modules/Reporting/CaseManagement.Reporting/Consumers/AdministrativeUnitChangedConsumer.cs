using CaseManagement.BuildingBlocks;
using Microsoft.Extensions.DependencyInjection;
using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Directory.Contracts;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Persistence;
using CaseManagement.Reporting.Projection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CaseManagement.Reporting.Consumers;

internal sealed class AdministrativeUnitChangedConsumer(ReportingDbContext db, TimeProvider clock, ReportingUnits hierarchy, [FromKeyedServices(ReportingModule.ProjectorWakeUp)] WakeUp signal, IMemoryCache cache)
    : ReportingConsumer<AdministrativeUnitChanged>(db, clock)
{
    protected override string ConsumerName => "reporting.administrative-unit-changed";

    protected override async Task ProjectAsync(IReadOnlyList<AdministrativeUnitChanged> messages, CancellationToken ct)
    {
        var ids = messages.Select(m => m.UnitId).Distinct().ToList();
        var units = await Db.Units.Where(u => ids.Contains(u.UnitId)).ToDictionaryAsync(u => u.UnitId, ct);
        foreach (var change in messages)
        {
            if (!units.TryGetValue(change.UnitId, out var unit))
            {
                units[change.UnitId] = unit = new ReportingUnit(change.UnitId, change.Code);
                Db.Units.Add(unit);
            }

            unit.Refresh(change);
        }
    }

    /// <summary>The tree changed: drop the cached copies, and let the projector recount the roll-ups.</summary>
    protected override void Committed()
    {
        hierarchy.Invalidate();
        cache.ForgetUnitTree<ReportingDbContext>();
        signal.Raise();
    }
}

internal sealed class AdministrativeUnitChangedConsumerDefinition()
    : ModuleBatchConsumerDefinition<AdministrativeUnitChangedConsumer>(ReportingModule.Name);
