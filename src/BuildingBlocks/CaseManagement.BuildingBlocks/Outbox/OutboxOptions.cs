namespace CaseManagement.BuildingBlocks.Outbox;

/// <summary>Bound from the <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Run a dispatcher per module in the background. Tests turn this off and drain explicitly.</summary>
    public bool DispatchInBackground { get; set; } = true;

    public int BatchSize { get; set; } = 500;

    /// <summary>How often a dispatcher looks for rows written by other instances (local writes wake it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>After this many failed publishes a row is parked and shown to operators.</summary>
    public int MaxAttempts { get; set; } = 10;

    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Sent rows are deleted once they are this old: they are only needed to look into a
    /// delivery question (the consumers keep what they received), and the table would otherwise grow by
    /// a row for every event forever.</summary>
    public TimeSpan KeepSentFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often each module's sent rows past <see cref="KeepSentFor"/> are deleted.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Exponential back-off: first, 2×first, 4×first … capped at <see cref="MaxBackoff"/>.</summary>
    public TimeSpan BackoffFor(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstBackoff.Ticks * factor, MaxBackoff.Ticks));
        return delay;
    }
}
