using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Reporting.Domain.Indicators;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CaseManagement.Reporting.Features.Rounds;

/// <summary>The sender's consolidated view of a round: every point with each unit's narrative, each
/// unit's statistics totals, and the same as a workbook to download.</summary>
internal sealed class ConsolidationHandler(
    RoundAccess access, RoundsHandler rounds, RoundStatistics statistics, TimeProvider clock, IOptions<ReportingOptions> options)
{
    public async Task<ConsolidatedRound> GetAsync(Guid roundId, CancellationToken ct)
    {
        var side = await access.FindAsync(roundId, ct);
        side.EnsureSender();
        var round = side.Round;
        var (view, answers) = await rounds.BoardAsync(side, ct);
        var points = round.Points.Select(p => new ConsolidatedPoint(p.Number, p.Title, answers.Where(a => p.IsPutTo(a.UnitCode))
            .Select(a => new UnitNarrative(a.UnitCode, a.UnitName, a.Status, a.Narratives.GetValueOrDefault(p.Number))).ToList())).ToList();
        var figures = new List<ConsolidatedFigures>();
        if (round.PeriodKey is not null)
        {
            var indicators = statistics.Indicators(round);
            foreach (var answer in answers)
            {
                var (frozen, counts) = await statistics.AnswerCountsAsync(round, answer, ct);
                figures.Add(new ConsolidatedFigures(answer.UnitCode, answer.UnitName, frozen,
                    indicators.ToDictionary(i => i.Code, i => counts?.Get(i.Code, IndicatorCatalogue.Total) ?? 0)));
            }
        }

        return new ConsolidatedRound(view, points, figures);
    }

    /// <param name="format">xlsx (default) or pdf.</param>
    public async Task<IResult> ExportAsync(Guid roundId, string? format, CancellationToken ct)
    {
        if (format is not null && format is not ("xlsx" or "pdf"))
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["format"] = [ReportingText.Messages["field.round_format"]] });
        }

        var consolidated = await GetAsync(roundId, ct);
        var today = BuildingBlocks.Time.VietnamTime.Today(clock);
        return format == "pdf"
            ? Results.File(ConsolidationLayout.Pdf(consolidated, today, options.Value.Pdf.FontFolder), "application/pdf", $"tong-hop-{roundId:N}.pdf")
            : Results.File(ConsolidationLayout.Xlsx(consolidated, today), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"tong-hop-{roundId:N}.xlsx");
    }
}
