using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseManagement.BuildingBlocks.Deadlines;

/// <summary>Runs a module's <see cref="DeadlineSweeper{TContext}"/> every sweep interval.</summary>
public sealed partial class DeadlineSweepService<TContext>(
    IServiceScopeFactory scopes, IOptions<DeadlineOptions> options, TimeProvider clock, ILogger<DeadlineSweepService<TContext>> logger)
    : BackgroundService
    where TContext : DbContext, IDeadlineStore
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SweepInBackground)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DeadlineSweeper<TContext>>().SweepAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The next round tries again: breaches are found late, never lost.
                LogSweepFailed(logger, ex, typeof(TContext).Name);
            }

            try
            {
                await timer.WaitForNextTickAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Deadline sweep of {Context} failed")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception, string context);
}
