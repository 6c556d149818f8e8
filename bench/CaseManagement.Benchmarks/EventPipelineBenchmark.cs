using CaseManagement.BuildingBlocks.Persistence;
using System.Diagnostics;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Benchmarks;

/// <summary>
/// SaveChanges → outbox → RabbitMQ → idempotent consumers (Cases, Reporting, Identity) committed.
/// Burst: writers save events in batches as an import does, as fast as they can (they take cores
/// from the pipeline, so this is below its capacity). Sustained: events written at a fixed rate;
/// the pipeline keeps up when the last event is committed as the writing ends and latency stays
/// bounded. Latency: one event per SaveChanges at a low steady rate.
/// </summary>
internal static class EventPipelineBenchmark
{
    private const int ConsumingModules = 3; // Cases, Reporting, Identity

    public static async Task<int> RunAsync(string[] args)
    {
        var events = Option(args, "--events", 20_000);
        var rate = Option(args, "--rate", 100);
        var seconds = Option(args, "--seconds", 20);
        await using var host = await BenchHost.StartAsync();
        var bus = host.Services.GetRequiredService<IBus>();

        await WarmUpAsync(host, bus);

        var throughput = new ConsumptionTracker(ConsumingModules);
        using (bus.ConnectConsumeObserver(throughput).AsDisposable())
        {
            var watch = Stopwatch.StartNew();
            using var progress = new CancellationTokenSource();
            var reporter = ReportProgressAsync(host, throughput, watch, progress.Token);
            await Task.WhenAll(Enumerable.Range(0, 4).Select(w => WriteBatchesAsync(host, throughput, $"T{w}-", events / 4, batchSize: 50)));
            var written = watch.Elapsed;
            var published = await WaitForOutboxAsync(host);
            await WaitForAsync(throughput, events, TimeSpan.FromMinutes(5));
            var total = watch.Elapsed;
            await progress.CancelAsync();
            await reporter;
            Console.WriteLine(FormattableString.Invariant(
                $"burst (4 writers flat out, competing with the pipeline for the cores): {events} events written in {written.TotalSeconds:F1} s, published by {published.TotalSeconds:F1} s, ") +
                FormattableString.Invariant($"consumed by every module by {total.TotalSeconds:F1} s => {events / total.TotalSeconds:F0} events/s end to end"));
        }

        var sustainedRate = Option(args, "--sustained-rate", 2000);
        var sustained = new ConsumptionTracker(ConsumingModules);
        var firstConsumer = new ConsumptionTracker(1);
        using (bus.ConnectConsumeObserver(sustained).AsDisposable())
        using (bus.ConnectConsumeObserver(firstConsumer).AsDisposable())
        {
            var count = sustainedRate * seconds;
            var watch = Stopwatch.StartNew();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            await WriteAtRateAsync(host, new[] { sustained, firstConsumer }, "S", count, sustainedRate, tickMs: 10);
            var written = watch.Elapsed;
            await WaitForAsync(firstConsumer, count, TimeSpan.FromMinutes(5));
            var first = watch.Elapsed;
            await WaitForAsync(sustained, count, TimeSpan.FromMinutes(5));
            var total = watch.Elapsed;
            Console.WriteLine(FormattableString.Invariant(
                $"sustained at {sustainedRate} events/s for {seconds} s: written in {written.TotalSeconds:F1} s; ") +
                FormattableString.Invariant($"committed by a first consumer by {first.TotalSeconds:F1} s ({count / first.TotalSeconds:F0} events/s, latency ") +
                Percentiles.Summary([.. firstConsumer.LatenciesMs]) + ")");
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            Console.WriteLine(FormattableString.Invariant(
                $"  committed by all {ConsumingModules} consuming modules by {total.TotalSeconds:F1} s ({count / total.TotalSeconds:F0} events/s, latency ") +
                Percentiles.Summary([.. sustained.LatenciesMs]) + ")");
            // Steadier than events/s on a shared machine: CPU spent in this process (writers, outbox,
            // bus, consumers; not PostgreSQL or RabbitMQ) per event, end to end.
            Console.WriteLine(FormattableString.Invariant($"  Host CPU per event: {cpu.TotalMilliseconds / count:F3} ms"));
        }

        var latency = new ConsumptionTracker(ConsumingModules);
        using (bus.ConnectConsumeObserver(latency).AsDisposable())
        {
            var count = rate * seconds;
            await WriteAtRateAsync(host, new[] { latency }, "L", count, rate, tickMs: 1000 / rate);
            await WaitForAsync(latency, count, TimeSpan.FromMinutes(2));
            Console.WriteLine(FormattableString.Invariant($"latency at {rate} events/s for {seconds} s: ") + Percentiles.Summary([.. latency.LatenciesMs]));
        }

        return 0;
    }

    private static async Task WarmUpAsync(BenchHost host, IBus bus)
    {
        var warm = new ConsumptionTracker(ConsumingModules);
        using var _ = bus.ConnectConsumeObserver(warm).AsDisposable();
        await WriteBatchesAsync(host, warm, "W-", 500, batchSize: 50);
        await WaitForAsync(warm, 500, TimeSpan.FromMinutes(1));
    }

    private static async Task WriteBatchesAsync(BenchHost host, ConsumptionTracker tracker, string prefix, int count, int batchSize)
    {
        for (var offset = 0; offset < count; offset += batchSize)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            for (var i = offset; i < Math.Min(offset + batchSize, count); i++)
            {
                var code = prefix + i;
                tracker.Started(code);
                db.AddIntegrationEvent(Change(code), DateTimeOffset.UtcNow);
            }

            await db.SaveChangesAsync();
        }
    }

    /// <summary>Writes <paramref name="perSecond"/> events a second: every tick, the events due
    /// since the start are saved in one SaveChanges (one event per tick at low rates).</summary>
    private static async Task WriteAtRateAsync(BenchHost host, ConsumptionTracker[] trackers, string prefix, int count, int perSecond, int tickMs)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(tickMs));
        var watch = Stopwatch.StartNew();
        var writes = new List<Task>();
        var next = 0;
        while (next < count && await timer.WaitForNextTickAsync())
        {
            var due = Math.Min(count, (int)(watch.Elapsed.TotalSeconds * perSecond));
            var (from, to) = (next, due);
            next = due;
            if (to > from)
            {
                writes.Add(Task.Run(async () =>
                {
                    await using var scope = host.Services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
                    for (var i = from; i < to; i++)
                    {
                        Array.ForEach(trackers, t => t.Started(prefix + i));
                        db.AddIntegrationEvent(Change(prefix + i), DateTimeOffset.UtcNow);
                    }

                    await db.SaveChangesAsync();
                }));
            }
        }

        await Task.WhenAll(writes);
    }

    /// <summary>Once a second: events in the outbox, published, and consumed by every module.</summary>
    private static async Task ReportProgressAsync(BenchHost host, ConsumptionTracker tracker, Stopwatch watch, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await using var scope = host.Services.CreateAsyncScope();
                var outbox = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().OutboxMessages;
                var written = await outbox.CountAsync(ct);
                var sent = await outbox.CountAsync(m => m.SentAt != null, ct);
                Console.WriteLine(FormattableString.Invariant($"  {watch.Elapsed.TotalSeconds,5:F1} s: written {written,6}, published {sent,6}, consumed {tracker.Completed,6}"));
            }
        }
        catch (OperationCanceledException)
        {
            // Done.
        }
    }

    private static async Task<TimeSpan> WaitForOutboxAsync(BenchHost host)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            if (!await db.OutboxMessages.AnyAsync(m => m.SentAt == null))
            {
                return watch.Elapsed;
            }

            await Task.Delay(20);
        }
    }

    private static async Task WaitForAsync(ConsumptionTracker tracker, int expected, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (tracker.Completed < expected)
        {
            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"Only {tracker.Completed} of {expected} events consumed within {limit}.");
            }

            await Task.Delay(5);
        }
    }

    private static AdministrativeUnitChanged Change(string code) =>
        new(Guid.NewGuid(), code, "Thôn " + code, UnitLevel.Village, "21025", null, null, [], false, 1, DateTimeOffset.UtcNow);

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }
}

internal static class ConnectHandleExtensions
{
    public static IDisposable AsDisposable(this ConnectHandle handle) => new Disconnect(handle);

    private sealed class Disconnect(ConnectHandle handle) : IDisposable
    {
        public void Dispose() => handle.Disconnect();
    }
}
