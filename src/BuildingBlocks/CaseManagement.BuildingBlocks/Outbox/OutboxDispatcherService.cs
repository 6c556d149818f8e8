using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseManagement.BuildingBlocks.Outbox;

/// <summary>Runs every module's dispatcher in the background: at once when a local write queued
/// events, otherwise every poll interval (rows written by other instances, rows backing off). Beside
/// each, at start and every purge interval, it deletes the rows sent longer ago than they are kept: in
/// a loop of its own, so a first purge of a long-lived table never holds back the dispatch.</summary>
public sealed partial class OutboxDispatcherService(
    IEnumerable<IOutboxDispatcher> dispatchers,
    IServiceProvider services,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatchInBackground)
        {
            return Task.CompletedTask;
        }

        return Task.WhenAll(dispatchers.SelectMany(d => new[] { RunAsync(d, stoppingToken), PurgeAsync(d, stoppingToken) }));
    }

    private async Task RunAsync(IOutboxDispatcher dispatcher, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var wakeUp = services.GetRequiredKeyedService<WakeUp>(OutboxWakeUp.KeyOf(dispatcher.Module));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await dispatcher.DispatchBatchAsync(ignoreSchedule: false, stoppingToken);
                if (sent == options.Value.BatchSize)
                {
                    continue; // More rows are probably waiting.
                }

                await wakeUp.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unreachable; the rows stay and are tried again.
                LogDispatchFailed(logger, ex, dispatcher.Module);
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task PurgeAsync(IOutboxDispatcher dispatcher, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var purged = await dispatcher.PurgeSentAsync(clock.GetUtcNow() - options.Value.KeepSentFor, stoppingToken);
                if (purged > 0)
                {
                    LogPurged(logger, dispatcher.Module, purged, options.Value.KeepSentFor);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPurgeFailed(logger, ex, dispatcher.Module); // Tried again at the next interval.
            }

            await Task.Delay(options.Value.PurgeInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Module}: deleting old sent rows failed")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception, string module);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Module}: deleted {Purged} row(s) sent more than {KeepSentFor} ago")]
    private static partial void LogPurged(ILogger logger, string module, int purged, TimeSpan keepSentFor);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox {Module}: dispatch round failed")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, string module);
}
