using System.Collections.Concurrent;

namespace CaseManagement.BuildingBlocks.Outbox;

/// <summary>Wakes a module's dispatcher as soon as a local SaveChanges has queued events,
/// so that latency does not depend on the poll interval.</summary>
public static class OutboxSignal
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Signals = new(StringComparer.Ordinal);

    public static void Notify(string module)
    {
        var signal = For(module);
        if (signal.CurrentCount > 0)
        {
            return;
        }

        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another writer woke the dispatcher in the meantime; one wake-up is enough.
        }
    }

    public static async Task WaitAsync(string module, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await For(module).WaitAsync(timeout, cancellationToken);
    }

    private static SemaphoreSlim For(string module) => Signals.GetOrAdd(module, _ => new SemaphoreSlim(0, 1));
}
