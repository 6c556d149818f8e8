using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Domain.Indicators;
using CaseManagement.Reporting.Features.Reports;
using CaseManagement.Reporting.Projection;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CaseManagement.Reporting.Features.Dashboard;

/// <param name="Unit">The unit; the caller's own when left out.</param>
/// <param name="Indicator">The indicator of the trend and of the per-unit figures (default 0101).</param>
/// <param name="Months">How many months the trend covers, up to this one (default 12, at most 36).</param>
public sealed record DashboardQuery(string? Unit, string? Indicator, int? Months);

public sealed record LabelledCount(string Code, string Label, int Count);

public sealed record MonthFigure(string Month, int Total);

public sealed record UnitFigure(string Code, string Name, int Total);

/// <summary>A unit's dashboard: open cases by step and limits overdue now, the monthly trend of an
/// indicator, and that indicator's figure in the current half-year for each unit directly below.</summary>
public sealed record DashboardResponse(
    ReportUnitView Unit, IReadOnlyList<LabelledCount> OpenByStatus, IReadOnlyList<LabelledCount> OverdueByRule, string Indicator,
    IReadOnlyList<MonthFigure> Trend, string HalfYear, IReadOnlyList<UnitFigure> UnitsBelow);

internal sealed class DashboardQueryValidator : AbstractValidator<DashboardQuery>
{
    public DashboardQueryValidator()
    {
        RuleFor(q => q.Indicator).KnownIndicators();
        RuleFor(q => q.Months).InclusiveBetween(1, 36).WithMessage(_ => ReportingText.Messages["field.months"]);
    }
}

internal sealed class DashboardHandler(ReportAccess access, ReportFigures figures, ReportingUnits units, IOptions<ReportingOptions> options, TimeProvider clock)
{
    public async Task<DashboardResponse> GetAsync(DashboardQuery query, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var unit = await access.UnitAsync(query.Unit, today, ct);
        var indicator = query.Indicator ?? IndicatorCatalogue.AbusedChildren;
        var now = await figures.CountsAsync(access.Period(IndicatorRules.NowKey), unit.Code, ct);

        var months = Enumerable.Range(0, query.Months ?? 12).Select(i => ReportingCalendar.MonthOf(today.AddMonths(-i))).Reverse().ToList();
        var trend = new List<MonthFigure>(months.Count);
        foreach (var month in months)
        {
            trend.Add(new MonthFigure(month.Key, (await figures.CountsAsync(month, unit.Code, ct, [indicator])).Get(indicator, IndicatorCatalogue.Total)));
        }

        var half = options.Value.Calendar().HalfYearOf(today);
        var below = (await units.GetAsync(ct)).ChildrenAt(unit.Code, today);
        var perUnit = await figures.CountsOfUnitsAsync(half, below.Select(u => u.Code).ToList(), indicator, ct);
        return new DashboardResponse(unit, Labelled(now, IndicatorCatalogue.OpenByStatus, "status"), Labelled(now, IndicatorCatalogue.OverdueByRule, "rule"),
            indicator, trend, half.Key,
            below.Select(u => new UnitFigure(u.Code, u.Name, perUnit[u.Code].Get(indicator, IndicatorCatalogue.Total))).ToList());
    }

    private static List<LabelledCount> Labelled(PeriodCounts counts, string indicator, string dimension) =>
        (counts.ByIndicator.GetValueOrDefault(indicator) ?? [])
            .Where(c => c.Key != IndicatorCatalogue.Total && c.Value != 0)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new LabelledCount(c.Key, ReportingText.ValueLabel(dimension, c.Key), c.Value))
            .ToList();
}
