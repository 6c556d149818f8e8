using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseManagement.BuildingBlocks.Messaging;

/// <summary>Degraded while any consumer's <c>_error</c> queue holds messages (see <see cref="ErrorQueues"/>).</summary>
public sealed class ErrorQueuesHealthCheck(ErrorQueues errorQueues) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!errorQueues.Supported)
        {
            return HealthCheckResult.Healthy("The in-memory transport keeps no error queues.");
        }

        var waiting = await errorQueues.WaitingAsync(cancellationToken);
        return waiting.Count == 0
            ? HealthCheckResult.Healthy("No message in any error queue.")
            : HealthCheckResult.Degraded(
                $"{waiting.Sum(q => q.Messages)} message(s) in error queues; see GET /api/admin/error-queues.",
                data: waiting.ToDictionary(q => q.Queue, q => (object)q.Messages));
    }
}
