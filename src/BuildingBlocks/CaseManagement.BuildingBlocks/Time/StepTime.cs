namespace CaseManagement.BuildingBlocks.Time;

/// <summary>
/// When a step of the procedure happened, which is often before it is typed in (at night, in the field,
/// on paper). The caller gives the time, or the day only, or nothing (now); the step's limits start and
/// stop from it, and the module checks that it is not before the step it follows.
/// </summary>
public static class StepTime
{
    /// <summary>The time to record for a step given at <paramref name="given"/> (null: now): a time a few
    /// minutes ahead, allowed for a phone's clock, is now.</summary>
    public static DateTimeOffset Resolve(DateTimeOffset? given, DateTimeOffset now) =>
        given is { } at && at < now ? at.ToUniversalTime() : now;

    /// <summary>A step known by its day only: done today, it is now (null); done on an earlier day, it is that
    /// day, after <paramref name="earliest"/> (the step it follows) when that was on the same day.</summary>
    public static DateTimeOffset? OfDay(DateOnly day, DateTimeOffset earliest, TimeProvider clock)
    {
        if (day >= VietnamTime.Today(clock))
        {
            return null;
        }

        return VietnamTime.DateOf(earliest) == day ? earliest : VietnamTime.StartOf(day);
    }
}
