namespace CaseManagement.BuildingBlocks;

/// <summary>
/// Wakes a background loop (a module's outbox dispatcher, Reporting's projector) as soon as this process
/// has written work for it, so that latency does not depend on the loop's poll interval; work written by
/// other instances is found at the next poll. One wake-up covers everything written before it. Injected,
/// keyed by what it wakes (<see cref="Outbox.OutboxWakeUp.KeyOf"/>).
/// </summary>
public sealed class WakeUp
{
    private readonly SemaphoreSlim raised = new(0, 1);

    public void Raise()
    {
        if (raised.CurrentCount > 0)
        {
            return;
        }

        try
        {
            raised.Release();
        }
        catch (SemaphoreFullException)
        {
            // Raised meanwhile by another writer: one wake-up is enough.
        }
    }

    /// <summary>Waits until raised or until <paramref name="timeout"/>; true when raised.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => raised.WaitAsync(timeout, ct);
}
