using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Cases.Persistence;
using CaseManagement.Directory.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Consumers;

/// <summary>Keeps Cases' copy of the working-day calendar its deadlines count on.</summary>
internal sealed class WorkingCalendarChangedConsumer(CasesDbContext db, TimeProvider clock, ModuleCalendar<CasesDbContext> calendar)
    : IdempotentBatchConsumer<WorkingCalendarChanged, CasesDbContext>(db, clock)
{
    protected override string ConsumerName => "cases.working-calendar-changed";

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

internal sealed class WorkingCalendarChangedConsumerDefinition()
    : ModuleBatchConsumerDefinition<WorkingCalendarChangedConsumer>(CasesModule.Name);
