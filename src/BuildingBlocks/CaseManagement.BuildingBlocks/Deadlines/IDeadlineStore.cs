using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.BuildingBlocks.Deadlines;

/// <summary>A module context that tracks deadlines: its deadlines and its copy of the calendar,
/// in its own schema (<see cref="DeadlineModel.Configure"/>).</summary>
public interface IDeadlineStore : IModuleDbContext
{
    DbSet<TrackedDeadline> Deadlines { get; }

    DbSet<CalendarYearCopy> CalendarYears { get; }
}
