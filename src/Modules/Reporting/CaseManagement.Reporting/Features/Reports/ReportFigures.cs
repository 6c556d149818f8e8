using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Domain.Indicators;
using CaseManagement.Reporting.Persistence;
using CaseManagement.Reporting.Projection;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Reporting.Features.Reports;

/// <summary>A unit's counts for a period: indicator → cell → count.</summary>
public sealed class PeriodCounts(Dictionary<string, Dictionary<string, int>> byIndicator)
{
    public IReadOnlyDictionary<string, Dictionary<string, int>> ByIndicator => byIndicator;

    public int Get(string indicator, string cell) => byIndicator.TryGetValue(indicator, out var cells) ? cells.GetValueOrDefault(cell) : 0;

    public static PeriodCounts From(IEnumerable<(string Indicator, string Cell, int Count)> rows) =>
        new(rows.GroupBy(r => r.Indicator, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Cell, r => r.Count, StringComparer.Ordinal), StringComparer.Ordinal));
}

/// <summary>
/// Reads the figures of a unit: for a kept period (half-year, year, month) and for "now", straight
/// from the unit's own cells, which already hold its roll-up; for a custom range, counted on request
/// from the case records of the unit's subtree with the same indicator rules.
/// </summary>
public sealed class ReportFigures(ReportingDbContext db, ReportingUnits units, ReportingProjector projector, Jurisdiction<ReportingDbContext> jurisdiction)
{
    /// <param name="indicators">Only these indicators' cells (all when null).</param>
    public async Task<PeriodCounts> CountsAsync(ReportingPeriod period, string unitCode, CancellationToken ct, IReadOnlyCollection<string>? indicators = null)
    {
        if (period.Key == IndicatorRules.NowKey)
        {
            return await CountNowAsync(period, unitCode, indicators, ct);
        }

        if (period.Kind == PeriodKind.Custom)
        {
            return await CountCustomAsync(period, await CasesOfSubtreeAsync(unitCode, ct), unitCode, ct);
        }

        return await CellsAsync(period, unitCode, indicators, ct);
    }

    private async Task<PeriodCounts> CellsAsync(ReportingPeriod period, string unitCode, IReadOnlyCollection<string>? indicators, CancellationToken ct)
    {
        var cells = db.Cells.AsNoTracking().Where(c => c.Period == period.Key && c.Unit == unitCode);
        if (indicators is not null)
        {
            var codes = indicators.ToList();
            cells = cells.Where(c => codes.Contains(c.Indicator));
        }

        var rows = await cells
            .Select(c => new { c.Indicator, c.Cell, c.Count })
            .ToListAsync(ct);
        return PeriodCounts.From(rows.Select(r => (r.Indicator, r.Cell, r.Count)));
    }

    /// <summary>The figures of each unit listed, for one period (per-commune tables and dashboards).</summary>
    public async Task<Dictionary<string, PeriodCounts>> CountsOfUnitsAsync(ReportingPeriod period, IReadOnlyCollection<string> unitCodes, string indicator, CancellationToken ct)
    {
        var codes = unitCodes.ToList();
        var rows = await db.Cells.AsNoTracking()
            .Where(c => c.Period == period.Key && c.Indicator == indicator && codes.Contains(c.Unit))
            .Select(c => new { c.Unit, c.Indicator, c.Cell, c.Count })
            .ToListAsync(ct);
        return codes.ToDictionary(code => code, code => PeriodCounts.From(rows.Where(r => r.Unit == code).Select(r => (r.Indicator, r.Cell, r.Count))));
    }

    /// <summary>"Now": the cases open now and the limits overdue now from the kept cells; today's events
    /// (cases opened, closed…) counted on request, as for the range of today, from the records changed today.</summary>
    private async Task<PeriodCounts> CountNowAsync(ReportingPeriod now, string unitCode, IReadOnlyCollection<string>? indicators, CancellationToken ct)
    {
        var stock = await CellsAsync(now, unitCode, indicators, ct);
        var today = new ReportingPeriod($"{now.From:yyyy-MM-dd}..{now.To:yyyy-MM-dd}", PeriodKind.Custom, now.From, now.To);
        var day = now.From;
        var flows = await CountCustomAsync(today, (await CasesOfSubtreeAsync(unitCode, ct)).Where(r => r.ChangedOn >= day), unitCode, ct);
        return PeriodCounts.From(
            stock.ByIndicator.SelectMany(i => i.Value.Select(c => (i.Key, c.Key, c.Value)))
                .Concat(flows.ByIndicator.Where(i => !stock.ByIndicator.ContainsKey(i.Key) && i.Key != IndicatorCatalogue.CasesOpenAtEnd)
                    .SelectMany(i => i.Value.Select(c => (i.Key, c.Key, c.Value))))
                .Where(r => indicators is null || indicators.Contains(r.Item1)));
    }

    /// <summary>The cases held in the subtree now or before a transfer: their facts count where they happened.</summary>
    private async Task<IQueryable<CaseRecord>> CasesOfSubtreeAsync(string unitCode, CancellationToken ct)
    {
        var subtree = (await jurisdiction.SubtreeAsync(unitCode, ct)).ToList();
        return db.CaseRecords.AsNoTracking()
            .Where(r => subtree.Contains(r.UnitCode) || db.CaseFormerUnits.Any(l => l.CaseId == r.CaseId && subtree.Contains(l.UnitCode)));
    }

    private async Task<PeriodCounts> CountCustomAsync(ReportingPeriod period, IQueryable<CaseRecord> cases, string unitCode, CancellationToken ct)
    {
        var states = (await cases.ToListAsync(ct)).Select(r => r.Read()).ToList();
        var rules = projector.Rules().For(period);
        var deltas = new CellDeltas(rules, await units.GetAsync(ct));
        deltas.AddAll(states, []);
        deltas.AddChildren(states.SelectMany(s => s.Children).Select(c => c.ChildId).Distinct(), states);
        var prefix = $"{Contributions.Separator}{period.Key}{Contributions.Separator}{unitCode}{Contributions.Separator}";
        return PeriodCounts.From(deltas.Deltas
            .Where(d => d.Value != 0 && d.Key.Contains(prefix, StringComparison.Ordinal))
            .Select(d =>
            {
                var parts = d.Key.Split(Contributions.Separator); // indicator#period#unit#cell
                return (parts[0], parts[3], d.Value);
            }));
    }
}
