using System.Text.Json;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Features.Reports;
using CaseManagement.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Reporting.Features.Closing;

/// <summary>A closed period read back: its signed figures and how it was signed.</summary>
public sealed class SignedPeriod(ClosedPeriod closed)
{
    public ClosedPeriod Record => closed;

    public PeriodCounts Counts() =>
        new(JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, int>>>(closed.Figures) ?? []);

    public ClosureView View() => new(closed.ClosedAt, closed.ClosedBy, closed.SignerName, closed.SignerTitle,
        JsonSerializer.Deserialize<Dictionary<string, int>>(closed.IndicatorVersions) ?? []);
}

public sealed class PeriodClosures(ReportingDbContext db)
{
    public async Task<SignedPeriod?> FindAsync(string periodKey, string unitCode, CancellationToken ct) =>
        await db.ClosedPeriods.AsNoTracking().SingleOrDefaultAsync(c => c.PeriodKey == periodKey && c.UnitCode == unitCode, ct) is { } found
            ? new SignedPeriod(found)
            : null;
}

/// <summary>What changed since a period was signed.</summary>
public static class Revisions
{
    public static IReadOnlyList<RevisionLine> Between(PeriodCounts atSigning, PeriodCounts live, IEnumerable<Domain.Indicators.IndicatorDefinition> indicators) =>
        indicators.SelectMany(definition =>
        {
            var before = atSigning.ByIndicator.GetValueOrDefault(definition.Code) ?? [];
            var now = live.ByIndicator.GetValueOrDefault(definition.Code) ?? [];
            return before.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
                .Where(cell => before.GetValueOrDefault(cell) != now.GetValueOrDefault(cell))
                .Select(cell =>
                {
                    var row = ReportTables.Row(definition, cell, 0);
                    return new RevisionLine(definition.Code, row.Values, row.Labels, before.GetValueOrDefault(cell), now.GetValueOrDefault(cell));
                });
        }).ToList();
}
