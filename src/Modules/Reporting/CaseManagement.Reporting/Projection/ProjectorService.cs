using CaseManagement.BuildingBlocks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseManagement.Reporting.Projection;

/// <summary>Runs the projector in the background: a short while after events were logged here (so that
/// those arriving together make one batch), else every poll interval; without pause while a backlog lasts.</summary>
internal sealed partial class ProjectorService(
    IServiceScopeFactory scopes, [FromKeyedServices(ReportingModule.ProjectorWakeUp)] WakeUp signal, IOptions<ReportingOptions> options, TimeProvider clock, ILogger<ProjectorService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ProjectInBackground)
        {
            return;
        }

        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int read;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    read = await scope.ServiceProvider.GetRequiredService<ReportingProjector>().StepAsync(stoppingToken);
                }

                if (read >= options.Value.ProjectionBatchSize)
                {
                    continue; // A backlog (a rebuild, a burst): straight on with full batches.
                }

                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                await Task.Delay(options.Value.ProjectionDelay, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unreachable: the log keeps the events, the checkpoint where to resume.
                LogProjectionFailed(logger, ex);
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reporting projection round failed")]
    private static partial void LogProjectionFailed(ILogger logger, Exception exception);
}
