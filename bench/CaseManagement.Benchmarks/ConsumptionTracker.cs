using System.Collections.Concurrent;
using System.Diagnostics;
using CaseManagement.Directory.Contracts;
using MassTransit;

namespace CaseManagement.Benchmarks;

/// <summary>Marks an event done when every consuming module has committed it (PostConsume runs
/// after the idempotent consumer's transaction), and keeps the time from just before the
/// writer's SaveChanges to that moment.</summary>
internal sealed class ConsumptionTracker(int consumersPerEvent) : IConsumeObserver
{
    private readonly ConcurrentDictionary<string, long> started = new();
    private readonly ConcurrentDictionary<string, int> consumed = new();
    private int completed;

    public ConcurrentBag<double> LatenciesMs { get; } = [];

    public int Completed => Volatile.Read(ref completed);

    public void Started(string code) => started[code] = Stopwatch.GetTimestamp();

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is AdministrativeUnitChanged change
            && consumed.AddOrUpdate(change.Code, 1, (_, n) => n + 1) == consumersPerEvent)
        {
            if (started.TryGetValue(change.Code, out var start))
            {
                LatenciesMs.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            Interlocked.Increment(ref completed);
        }

        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
