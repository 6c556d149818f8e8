namespace CaseManagement.WebTests.Infrastructure;

/// <summary>The Host's clock in the browser tests: real time, moved forward on demand, so that a journey can let hours pass
/// (a limit running out) without waiting for them. Everything on the server reads it (the procedure's limits, sign-in,
/// tokens), so the server stays consistent with itself; timers keep real time. A test moves it with <see cref="Advance"/>
/// and puts it back by disposing what that returns.</summary>
public sealed class ShiftedClock : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <summary>Lets <paramref name="time"/> pass at once; disposing the result brings the clock back to real time.</summary>
    public IDisposable Advance(TimeSpan time)
    {
        Interlocked.Add(ref offsetTicks, time.Ticks);
        return new Restore(this, time);
    }

    private sealed class Restore(ShiftedClock clock, TimeSpan time) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                Interlocked.Add(ref clock.offsetTicks, -time.Ticks);
            }
        }
    }
}
