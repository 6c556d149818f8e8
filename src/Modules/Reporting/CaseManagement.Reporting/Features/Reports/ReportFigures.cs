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
        if (period.Kind == PeriodKind.Custom && period.Key != IndicatorRules.NowKey)
        {
            return await CountCustomAsync(period, unitCode, ct);
        }

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

    private async Task<PeriodCounts> CountCustomAsync(ReportingPeriod period, string unitCode, CancellationToken ct)
    {
        var subtree = (await jurisdiction.SubtreeAsync(unitCode, ct)).ToList();
        var states = (await db.CaseRecords.AsNoTracking().Where(r => subtree.Contains(r.UnitCode)).ToListAsync(ct)).Select(r => r.Read()).ToList();
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
