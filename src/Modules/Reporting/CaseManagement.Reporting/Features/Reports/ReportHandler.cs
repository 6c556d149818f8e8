using CaseManagement.Reporting.Domain;

namespace CaseManagement.Reporting.Features.Reports;

/// <summary>A unit's indicator tables for a period, as JSON; exports lay out the same figures.</summary>
internal sealed class ReportHandler(ReportAccess access, ReportFigures figures, Closing.PeriodClosures closures)
{
    public async Task<ReportResponse> GetAsync(ReportQuery query, CancellationToken ct)
    {
        var period = access.Period(query.Period!);
        var unit = await access.UnitAsync(query.Unit, period.To, ct);
        var indicators = ReportIndicators.Parse(query.Indicators)!;
        var live = await figures.CountsAsync(period, unit.Code, ct, indicators.Select(i => i.Code).ToList());
        if (await closures.FindAsync(period.Key, unit.Code, ct) is not { } closed)
        {
            return new ReportResponse(unit, View(period), ReportTables.Build(live, indicators, period.Kind != PeriodKind.Month), null, []);
        }

        var signed = closed.Counts();
        return new ReportResponse(unit, View(period), ReportTables.Build(signed, indicators, period.Kind != PeriodKind.Month), closed.View(),
            Closing.Revisions.Between(signed, live, indicators));
    }

    private static ReportPeriodView View(Domain.ReportingPeriod period) => new(period.Key, period.Kind, period.From, period.To);
}
