using System.Text.Json;
using CaseManagement.Reporting.Domain.Indicators;
using CaseManagement.Reporting.Domain.Rounds;
using CaseManagement.Reporting.Features.Reports;
using Microsoft.Extensions.Options;

namespace CaseManagement.Reporting.Features.Rounds;

/// <summary>The statistics a round pre-fills: a unit's figures for the round's period and indicators,
/// today's until the unit submits, then those frozen at submission.</summary>
internal sealed class RoundStatistics(ReportFigures figures, IOptions<ReportingOptions> options)
{
    public IReadOnlyList<IndicatorDefinition> Indicators(ReportingRound round) => ReportIndicators.Parse(string.Join(',', round.Indicators)) ?? [];

    /// <summary>Today's figures of the unit; null when the round names no period.</summary>
    public async Task<PeriodCounts?> CountsAsync(ReportingRound round, string unitCode, CancellationToken ct) =>
        round.PeriodKey is { } key && options.Value.Calendar().Parse(key) is { } period
            ? await figures.CountsAsync(period, unitCode, ct, Indicators(round).Select(i => i.Code).ToList())
            : null;

    public async Task<(bool Frozen, PeriodCounts? Counts)> AnswerCountsAsync(ReportingRound round, RoundAnswer answer, CancellationToken ct) =>
        answer.Figures is { } frozen
            ? (true, new PeriodCounts(JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, int>>>(frozen) ?? []))
            : (false, await CountsAsync(round, answer.UnitCode, ct));

    public async Task<(bool Frozen, IReadOnlyList<IndicatorTable> Tables)> TablesAsync(ReportingRound round, RoundAnswer answer, CancellationToken ct)
    {
        var (frozen, counts) = await AnswerCountsAsync(round, answer, ct);
        return (frozen, counts is null ? [] : ReportTables.Build(counts, Indicators(round)));
    }
}
