using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseManagement.BuildingBlocks.Outbox;

/// <summary>Degraded while any module has parked outbox rows or parked consumed messages: events someone must look at.
/// The data lists each module's backlog so operators see where events wait.</summary>
public sealed class OutboxHealthCheck(IEnumerable<IOutboxMonitor> monitors) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        var parked = 0;
        var parkedMessages = 0;
        foreach (var monitor in monitors)
        {
            var status = await monitor.GetStatusAsync(cancellationToken);
            parked += status.Parked;
            parkedMessages += status.ParkedMessages;
            data[status.Module] = new { status.Pending, status.Failing, status.Parked, status.OldestPendingAt, status.ParkedMessages };
        }

        return parked + parkedMessages == 0
            ? HealthCheckResult.Healthy("No parked outbox rows or messages.", data)
            : HealthCheckResult.Degraded($"{parked} outbox row(s) and {parkedMessages} consumed message(s) parked; see /api/admin/outbox.", data: data);
    }
}
