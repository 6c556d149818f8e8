using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Directory.Contracts;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Features.Shared;
using CaseManagement.SupportInterventions.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CaseManagement.SupportInterventions.Consumers;

/// <summary>Keeps the module's copy of the unit tree (jurisdiction, provinces of deadline rules).</summary>
internal sealed class AdministrativeUnitChangedConsumer(SupportInterventionsDbContext db, TimeProvider clock, SupportUnits units, IMemoryCache cache)
    : IdempotentBatchConsumer<AdministrativeUnitChanged, SupportInterventionsDbContext>(db, clock)
{
    protected override string ConsumerName => "support.administrative-unit-changed";

    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<AdministrativeUnitChanged>> messages, CancellationToken ct)
    {
        var ids = messages.Select(m => m.Message.UnitId).Distinct().ToList();
        var copies = await Db.Units.Where(u => ids.Contains(u.UnitId)).ToDictionaryAsync(u => u.UnitId, ct);
        foreach (var change in messages.Select(m => m.Message))
        {
            if (!copies.TryGetValue(change.UnitId, out var copy))
            {
                copies[change.UnitId] = copy = new UnitCopy(change.UnitId, change.Code);
                Db.Units.Add(copy);
            }

            copy.Apply(change);
        }
    }

    protected override void Committed()
    {
        units.Invalidate();
        cache.ForgetUnitTree<SupportInterventionsDbContext>();
    }
}

/// <summary>Keeps the module's copy of the organisations (plan providers, separation facilities).</summary>
internal sealed class OrganisationChangedConsumer(SupportInterventionsDbContext db, TimeProvider clock)
    : IdempotentBatchConsumer<OrganisationChanged, SupportInterventionsDbContext>(db, clock)
{
    protected override string ConsumerName => "support.organisation-changed";

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

/// <summary>Keeps the module's copy of the working-day calendar its deadlines count on.</summary>
internal sealed class WorkingCalendarChangedConsumer(SupportInterventionsDbContext db, TimeProvider clock, ModuleCalendar<SupportInterventionsDbContext> calendar)
    : IdempotentBatchConsumer<WorkingCalendarChanged, SupportInterventionsDbContext>(db, clock)
{
    protected override string ConsumerName => "support.working-calendar-changed";

    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<WorkingCalendarChanged>> messages, CancellationToken ct)
    {
        var years = messages.Select(m => m.Message.Year).Distinct().ToList();
        var copies = await Db.CalendarYears.Where(y => years.Contains(y.Year)).ToDictionaryAsync(y => y.Year, ct);
        foreach (var change in messages.Select(m => m.Message))
        {
            if (!copies.TryGetValue(change.Year, out var copy))
            {
                copies[change.Year] = copy = new CalendarYearCopy(change.Year);
                Db.CalendarYears.Add(copy);
            }

            copy.Apply(change.Overrides.Select(o => new CalendarOverride(o.Date, o.IsWorkingDay, o.Name)), change.Version);
        }
    }

    protected override void Committed() => calendar.Invalidate();
}

internal sealed class AdministrativeUnitChangedConsumerDefinition()
    : ModuleBatchConsumerDefinition<AdministrativeUnitChangedConsumer>(SupportInterventionsModule.Name);

internal sealed class WorkingCalendarChangedConsumerDefinition()
    : ModuleBatchConsumerDefinition<WorkingCalendarChangedConsumer>(SupportInterventionsModule.Name);

internal sealed class OrganisationChangedConsumerDefinition() : ModuleBatchConsumerDefinition<OrganisationChangedConsumer>(SupportInterventionsModule.Name);
