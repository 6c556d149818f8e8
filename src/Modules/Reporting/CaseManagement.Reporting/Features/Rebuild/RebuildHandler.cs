using CaseManagement.BuildingBlocks;
using Microsoft.Extensions.DependencyInjection;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Reporting.Persistence;
using CaseManagement.Reporting.Projection;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Reporting.Features.Rebuild;

/// <summary>How far the projections have read the log; during a rebuild, how far it has come; and the
/// events set aside because they could not be applied (a rebuild after the fix replays them).</summary>
public sealed record ProjectionProgress(
    long Position, long LastEvent, double Percent, bool Rebuilding, DateTimeOffset? RebuildStartedAt, DateTimeOffset? RebuildFinishedAt,
    int Parked, IReadOnlyList<ParkedEventView> ParkedEvents);

public sealed record ParkedEventView(long LogId, string EventType, string Error, DateTimeOffset ParkedAt);

/// <summary>Rebuilds every projection from the event log (admin): the cells and case records are
/// emptied and the projector replays the log from its first event, in the background.</summary>
internal sealed class RebuildHandler(ReportingDbContext db, ReportingProjector projector, [FromKeyedServices(ReportingModule.ProjectorWakeUp)] WakeUp signal)
{
    public async Task<ProjectionProgress> StartAsync(CancellationToken ct)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // Waits for a running projection batch rather than interleaving with it.
            await db.Database.ExecuteSqlRawAsync(db.Provider == DatabaseProvider.PostgreSql
                ? $"SELECT pg_advisory_xact_lock({TransactionLocks.KeyOf("reporting-projector")})"
                : "SELECT 1", ct);
            var checkpoint = await db.Checkpoints.SingleOrDefaultAsync(ct) ?? db.Checkpoints.Add(new Domain.ProjectionCheckpoint()).Entity;
            await projector.ResetAsync(checkpoint, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        signal.Raise();
        return await ProgressAsync(ct);
    }

    public async Task<ProjectionProgress> ProgressAsync(CancellationToken ct)
    {
        var checkpoint = await db.Checkpoints.AsNoTracking().SingleOrDefaultAsync(ct);
        var last = await db.EventLog.MaxAsync(e => (long?)e.Id, ct) ?? 0;
        var position = checkpoint?.Position ?? 0;
        var percent = last == 0 ? 100 : Math.Round(100.0 * position / last, 1);
        var rebuilding = checkpoint is { RebuildStartedAt: not null, RebuildFinishedAt: null };
        var parked = await db.ParkedEvents.AsNoTracking().OrderBy(p => p.LogId).Take(100)
            .Select(p => new ParkedEventView(p.LogId, p.EventType, p.Error, p.ParkedAt)).ToListAsync(ct);
        var parkedCount = parked.Count < 100 ? parked.Count : await db.ParkedEvents.CountAsync(ct);
        return new ProjectionProgress(position, last, percent, rebuilding, checkpoint?.RebuildStartedAt, checkpoint?.RebuildFinishedAt, parkedCount, parked);
    }
}
