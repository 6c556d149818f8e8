using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Directory.Contracts;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Domain.Indicators;
using CaseManagement.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseManagement.Reporting.Projection;

/// <summary>
/// Reads the event log in order and keeps the case records and the indicator cells up to date, one
/// transaction per batch with the checkpoint, so a crash replays nothing twice. One projector runs at
/// a time across instances (a transaction lock). When the settings, the unit tree or the current
/// period changed, it first recounts every cell from the case records. A rebuild (and the first
/// projection of a new store) only folds the log into the case records, then counts every cell once
/// at the end: diffing cells batch by batch would touch each cell thousands of times.
/// An event that cannot be applied never stops the figures: a batch that fails for anything but an outage
/// goes again one event at a time, and the event that fails alone is parked (<see cref="ParkedEvent"/>).
/// During a rebuild, which counts no cell until its end, a case its events leave uncountable is folded again
/// event by event without the one at fault. Outages are thrown, for the caller to try again.
/// </summary>
public sealed class ReportingProjector(
    ReportingDbContext db, ReportingUnits units, CellRecount recount, IOptions<ReportingOptions> options, TimeProvider clock)
{
    private const string LockName = "reporting-projector";
    private static readonly SemaphoreSlim LocalGate = new(1, 1); // SQLite has no transaction locks.

    /// <summary>Applies the next batch; returns how many log rows it read (0 when caught up or another instance is at work).</summary>
    public async Task<int> StepAsync(CancellationToken ct)
    {
        await LocalGate.WaitAsync(ct);
        try
        {
            try
            {
                return await StepAsync(options.Value.ProjectionBatchSize, ct);
            }
            catch (Exception error) when (IsFaultOfAnEvent(error, ct))
            {
                return await StepOneByOneAsync(ct);
            }
        }
        finally
        {
            LocalGate.Release();
        }
    }

    /// <summary>The batch that failed, again one event per transaction; an event that fails alone is parked.</summary>
    private async Task<int> StepOneByOneAsync(CancellationToken ct)
    {
        var read = 0;
        while (read < options.Value.ProjectionBatchSize)
        {
            int one;
            try
            {
                one = await StepAsync(1, ct);
            }
            catch (Exception error) when (IsFaultOfAnEvent(error, ct))
            {
                one = await ParkNextAsync(error, ct);
            }

            if (one == 0)
            {
                break;
            }

            read += one;
        }

        return read;
    }

    /// <summary>Parks the next logged event and moves the checkpoint past it.</summary>
    private async Task<int> ParkNextAsync(Exception error, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await TransactionLocks.TryTakeAsync(db, db.Provider, LockName, ct))
        {
            return 0;
        }

        var checkpoint = await CheckpointAsync(ct);
        var next = await db.EventLog.AsNoTracking().Where(e => e.Id > checkpoint.Position).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.EventType }).FirstOrDefaultAsync(ct);
        if (next is null)
        {
            return 0;
        }

        db.ParkedEvents.Add(new ParkedEvent(next.Id, next.EventType, Describe(error), clock.GetUtcNow()));
        checkpoint.Position = next.Id;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return 1;
    }

    private async Task<int> StepAsync(int batchSize, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await TransactionLocks.TryTakeAsync(db, db.Provider, LockName, ct))
        {
            return 0;
        }

        var checkpoint = await CheckpointAsync(ct);
        var rules = Rules();
        if (checkpoint.Settings != options.Value.Fingerprint())
        {
            await ResetAsync(checkpoint, ct); // Other periods, age groups or indicator versions: replay the whole log.
        }

        var read = await ApplyNextAsync(checkpoint, rules, batchSize, ct);
        // "Open at period end" counts the current half-year and month so far: a new one starts from every open case.
        var currentPeriod = $"{rules.Calendar.HalfYearOf(rules.Today).Key}/{ReportingCalendar.MonthOf(rules.Today).Key}";
        if (checkpoint.RecountNeeded || checkpoint.CurrentPeriod != currentPeriod)
        {
            await db.SaveChangesAsync(ct);
            try
            {
                await recount.RunAsync(rules, await units.GetAsync(ct), ct);
            }
            catch (Exception error) when (IsFaultOfAnEvent(error, ct))
            {
                throw new RecountFailedException(error); // Not an event's fault: parking events would not mend it.
            }

            checkpoint.RecountNeeded = false;
            checkpoint.CurrentPeriod = currentPeriod;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return read;
    }

    /// <summary>Runs until the log is read to its end.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        var total = 0;
        int read;
        while ((read = await StepAsync(ct)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>Forgets every projection and starts again from the first logged event (closed periods stay as signed).</summary>
    public async Task ResetAsync(ProjectionCheckpoint checkpoint, CancellationToken ct)
    {
        await db.Cells.ExecuteDeleteAsync(ct);
        await db.ParkedEvents.ExecuteDeleteAsync(ct); // The replay parks again whatever still cannot be applied.
        await db.ChildCases.ExecuteDeleteAsync(ct);
        await db.CaseFormerUnits.ExecuteDeleteAsync(ct);
        await db.CaseRecords.ExecuteDeleteAsync(ct);
        checkpoint.Position = 0;
        checkpoint.Settings = options.Value.Fingerprint();
        checkpoint.RebuildStartedAt = clock.GetUtcNow();
        checkpoint.RebuildFinishedAt = null;
    }

    public IndicatorRules Rules() => new(options.Value.Calendar(), options.Value.AgeGroups(), VietnamTime.Today(clock));

    private async Task<ProjectionCheckpoint> CheckpointAsync(CancellationToken ct)
    {
        if (await db.Checkpoints.SingleOrDefaultAsync(ct) is { } found)
        {
            return found;
        }

        // A new store is built like a rebuild: fold first, count once.
        var created = new ProjectionCheckpoint { Settings = options.Value.Fingerprint(), RebuildStartedAt = clock.GetUtcNow() };
        db.Checkpoints.Add(created);
        return created;
    }

    private async Task<int> ApplyNextAsync(ProjectionCheckpoint checkpoint, IndicatorRules rules, int batchSize, CancellationToken ct)
    {
        var rows = await db.EventLog.AsNoTracking().Where(e => e.Id > checkpoint.Position).OrderBy(e => e.Id)
            .Take(batchSize).ToListAsync(ct);
        var rebuilding = checkpoint.RebuildStartedAt is not null && checkpoint.RebuildFinishedAt is null;
        if (rows.Count == 0)
        {
            if (rebuilding)
            {
                checkpoint.RebuildFinishedAt = clock.GetUtcNow();
                checkpoint.RecountNeeded = true; // The cells, counted once from the folded records.
            }

            return 0;
        }

        var events = rows.Select(r => new LoggedEvent(r.Id, r.EventType, ReportingEvents.Read(r.EventType, r.Payload)!, r.RecordedAt))
            .Where(e => e.Event is not null).ToList();
        checkpoint.RecountNeeded |= events.Exists(e => e.Event is AdministrativeUnitChanged);
        var byCase = events.Select(e => (Case: CaseStateFolding.CaseOf(e.Event), Event: e)).Where(x => x.Case is not null)
            .GroupBy(x => x.Case!.Value, x => x.Event).ToList();
        await ApplyAsync(byCase, rules, countCells: !rebuilding, ct);
        checkpoint.Position = rows[^1].Id;
        return rows.Count;
    }

    private async Task ApplyAsync(List<IGrouping<Guid, LoggedEvent>> byCase, IndicatorRules rules, bool countCells, CancellationToken ct)
    {
        var caseIds = byCase.Select(g => g.Key).ToList();
        var records = await db.CaseRecords.Where(r => caseIds.Contains(r.CaseId)).ToDictionaryAsync(r => r.CaseId, ct);
        var unitChains = await units.GetAsync(ct);
        var before = new Dictionary<Guid, CaseState>();
        var after = new Dictionary<Guid, CaseState>();
        foreach (var group in byCase)
        {
            if (!records.TryGetValue(group.Key, out var record))
            {
                records[group.Key] = record = new CaseRecord(group.Key);
                db.CaseRecords.Add(record);
            }

            before[group.Key] = record.Read();
            var state = Fold(record, group);
            // Counting the cells below finds an uncountable case anyway (and the step then goes event by event);
            // a rebuild counts nothing until its end, so it checks each case here.
            if (!countCells && CountingFails(state, rules, unitChains) is not null)
            {
                state = FoldSettingAside(record, group, rules, unitChains);
            }

            record.Write(state, VietnamTime.DateOf(group.Max(e => e.RecordedAt)));
            after[group.Key] = state;
        }

        await LinkFormerUnitsAsync(before, after, ct);
        var others = await LinkChildrenAsync(before, after, countCells, ct);
        if (!countCells)
        {
            return;
        }

        var deltas = new CellDeltas(rules, unitChains);
        deltas.Add(before, after, others);
        await CellStore.ApplyAsync(db, deltas.Deltas, ct);
    }

    private static CaseState Fold(CaseRecord record, IEnumerable<LoggedEvent> events)
    {
        var state = record.Read();
        state.CaseId = record.CaseId;
        foreach (var logged in events)
        {
            CaseStateFolding.Apply(state, logged.Event);
        }

        return state;
    }

    /// <summary>The case's events folded one at a time, leaving out (parked) each that makes the case uncountable.</summary>
    private CaseState FoldSettingAside(CaseRecord record, IEnumerable<LoggedEvent> events, IndicatorRules rules, IUnitChains unitChains)
    {
        var scratch = new CaseRecord(record.CaseId);
        scratch.Write(Fold(record, []));
        foreach (var logged in events)
        {
            var trial = Fold(scratch, [logged]);
            if (CountingFails(trial, rules, unitChains) is { } error)
            {
                db.ParkedEvents.Add(new ParkedEvent(logged.LogId, logged.EventType, Describe(error), clock.GetUtcNow()));
                continue;
            }

            scratch.Write(trial);
        }

        return Fold(scratch, []);
    }

    /// <summary>Why the case cannot be counted (a date beyond the calendar, say), or null when it can.</summary>
    private static Exception? CountingFails(CaseState state, IndicatorRules rules, IUnitChains unitChains)
    {
        try
        {
            Contributions.Of(rules.OfCase(state), rules, unitChains);
            return null;
        }
        catch (Exception error) when (!TransientFailures.Is(error))
        {
            return error;
        }
    }

    private static bool IsFaultOfAnEvent(Exception error, CancellationToken ct) =>
        !TransientFailures.Is(error) && error is not RecountFailedException && !ct.IsCancellationRequested;

    private static string Describe(Exception error) => $"{error.GetType().Name}: {error.Message}";

    private sealed record LoggedEvent(long LogId, string EventType, object Event, DateTimeOffset RecordedAt);

    /// <summary>Records the communes a case left by a transfer in this batch (only transfers add them).</summary>
    private async Task LinkFormerUnitsAsync(Dictionary<Guid, CaseState> before, Dictionary<Guid, CaseState> after, CancellationToken ct)
    {
        var moved = after.Where(c => c.Value.Units.Count > before[c.Key].Units.Count && c.Value.Units.Count > 1).ToList();
        if (moved.Count == 0)
        {
            return;
        }

        var ids = moved.Select(c => c.Key).ToList();
        var linked = (await db.CaseFormerUnits.Where(l => ids.Contains(l.CaseId)).Select(l => new { l.CaseId, l.UnitCode }).ToListAsync(ct))
            .Select(l => (l.CaseId, l.UnitCode)).ToHashSet();
        foreach (var (id, state) in moved)
        {
            var former = state.Units.Select(u => u.UnitCode).Where(u => u != state.UnitCode).Distinct();
            db.CaseFormerUnits.AddRange(former.Where(u => linked.Add((id, u))).Select(u => new CaseFormerUnit(id, u)));
        }
    }

    /// <summary>Keeps the child ↔ case links in step with the cases' children; returns the children's other cases when asked.</summary>
    private async Task<IReadOnlyCollection<CaseState>> LinkChildrenAsync(
        Dictionary<Guid, CaseState> before, Dictionary<Guid, CaseState> after, bool withOthers, CancellationToken ct)
    {
        var childIds = before.Values.Concat(after.Values).SelectMany(c => c.Children).Select(c => c.ChildId).Distinct().ToList();
        if (childIds.Count == 0)
        {
            return [];
        }

        var links = await db.ChildCases.Where(l => childIds.Contains(l.ChildId)).ToListAsync(ct);
        var linked = links.Select(l => (l.ChildId, l.CaseId)).ToHashSet();
        foreach (var (caseId, state) in after)
        {
            var now = state.Children.Select(c => (c.ChildId, caseId)).ToHashSet();
            db.ChildCases.AddRange(now.Where(l => !linked.Contains(l)).Select(l => new ChildCase(l.ChildId, l.caseId)));
            db.ChildCases.RemoveRange(links.Where(l => l.CaseId == caseId && !now.Contains((l.ChildId, l.CaseId))));
        }

        var otherIds = withOthers ? links.Select(l => l.CaseId).Where(id => !after.ContainsKey(id)).Distinct().ToList() : [];
        return otherIds.Count == 0
            ? []
            : (await db.CaseRecords.AsNoTracking().Where(r => otherIds.Contains(r.CaseId)).ToListAsync(ct)).Select(r => r.Read()).ToList();
    }
}

/// <summary>Counting every cell again failed: a fault of the rules or the records, not of one event.</summary>
public sealed class RecountFailedException(Exception inner) : Exception("The recount of the indicator cells failed.", inner);
