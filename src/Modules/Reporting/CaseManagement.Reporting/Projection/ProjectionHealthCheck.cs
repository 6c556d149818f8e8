using CaseManagement.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseManagement.Reporting.Projection;

/// <summary>Degraded while the projector has set events aside: figures a manager signs may lack them.</summary>
internal sealed class ProjectionHealthCheck(ReportingDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var parked = await db.ParkedEvents.CountAsync(cancellationToken);
        return parked == 0
            ? HealthCheckResult.Healthy("No parked events.")
            : HealthCheckResult.Degraded(
                $"{parked} event(s) could not be applied to the figures; see GET /api/reporting/rebuild, fix, then POST /api/reporting/rebuild.",
                data: new Dictionary<string, object> { ["parked"] = parked });
    }
}
