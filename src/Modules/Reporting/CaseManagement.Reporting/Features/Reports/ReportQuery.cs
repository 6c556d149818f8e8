using CaseManagement.Reporting.Domain.Indicators;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CaseManagement.Reporting.Features.Reports;

/// <param name="Period">"2026-H1", "2026-Y", "2026-03", "2026-01-01..2026-03-31", or "NOW".</param>
/// <param name="Unit">A unit code within the caller's jurisdiction; the caller's own unit when left out.</param>
/// <param name="Indicators">Indicator codes separated by commas; every published indicator when left out.</param>
public sealed record ReportQuery(string? Period, string? Unit, string? Indicators);

internal sealed class ReportQueryValidator : AbstractValidator<ReportQuery>
{
    public ReportQueryValidator(IOptions<ReportingOptions> options)
    {
        RuleFor(q => q.Period).ValidPeriod(options.Value.Calendar());
        RuleFor(q => q.Indicators).KnownIndicators();
    }
}

/// <summary>The rules every report request shares (JSON and exports).</summary>
internal static class ReportQueryRules
{
    public static void ValidPeriod<T>(this IRuleBuilderInitial<T, string?> rule, Domain.ReportingCalendar calendar) =>
        rule.NotEmpty().WithMessage(_ => ReportingText.Messages["field.period_required"])
            .Must(p => p == IndicatorRules.NowKey || calendar.Parse(p) is not null).WithMessage(_ => ReportingText.Messages["field.period_invalid"]);

    public static void KnownIndicators<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Must(list => ReportIndicators.Parse(list) is not null)
            .WithMessage(_ => ReportingText.Messages.Get("field.indicator_unknown", string.Join(", ", IndicatorCatalogue.All.Select(i => i.Code))));
}

public static class ReportIndicators
{
    /// <summary>The indicators asked for, or null when one of them is unknown.</summary>
    public static IReadOnlyList<IndicatorDefinition>? Parse(string? codes)
    {
        if (string.IsNullOrWhiteSpace(codes))
        {
            return IndicatorCatalogue.All.Where(i => i.Published).ToList();
        }

        var found = codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(IndicatorCatalogue.Find).ToList();
        return found.Contains(null) ? null : found.OfType<IndicatorDefinition>().ToList();
    }
}
