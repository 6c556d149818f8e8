using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseManagement.Identity.Audit;

/// <summary>Seals audit entries in the background, in batches every <see cref="AuditOptions.SealInterval"/>
/// (one seal per write would double the database work of every audited request).</summary>
internal sealed partial class AuditSealerService(AuditSealer sealer, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditSealerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SealInBackground)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sealer.SealPendingAsync(stoppingToken);
                await Task.Delay(options.Value.SealInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogSealFailed(logger, ex);
                await Task.Delay(options.Value.SealInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sealing audit entries failed; they stay unsealed and are tried again")]
    private static partial void LogSealFailed(ILogger logger, Exception exception);
}

/// <summary>Bound from <c>Audit</c>.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    public bool SealInBackground { get; set; } = true;

    public TimeSpan SealInterval { get; set; } = TimeSpan.FromSeconds(2);
}
