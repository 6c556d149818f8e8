namespace CaseManagement.BuildingBlocks.Deadlines;

/// <summary>The integration events a module publishes about its deadlines (its own Contracts
/// types); null publishes nothing.</summary>
public interface IDeadlineEvents<TContext>
{
    object? Breached(TrackedDeadline deadline);

    /// <summary>The deadline falls due within <see cref="DeadlineSweeper{TContext}.WarningAhead"/>.</summary>
    object? DueSoon(TrackedDeadline deadline);

    object? Stopped(TrackedDeadline deadline);
}
