using System.Globalization;
using CaseManagement.Reporting.Features.Exports;

namespace CaseManagement.Reporting.Features.Rounds;

/// <summary>A round's consolidation as a workbook or a PDF: the request (number, title, due time), who
/// has answered and who is late, each point with every unit's narrative, and each unit's statistics.</summary>
internal static class ConsolidationLayout
{
    public static byte[] Xlsx(ConsolidatedRound consolidated, DateOnly today) =>
        Workbook.Write("TongHop", Lines(consolidated, today), 40, 30);

    public static byte[] Pdf(ConsolidatedRound consolidated, DateOnly today, string? fontFolder)
    {
        PdfFonts.EnsureInstalled(fontFolder);
        return PdfLines.Write(consolidated.Round.Title, Lines(consolidated, today), 40, 30);
    }

    private static IEnumerable<(object? Value, bool Bold)[]> Lines(ConsolidatedRound consolidated, DateOnly today)
    {
        var text = ReportingText.Messages;
        var round = consolidated.Round;
        yield return [(text["export.nation"], true)];
        yield return [(text["export.motto"], true)];
        yield return [];
        yield return [(text.Get("round.export.title", round.Title), true)];
        if (round.Reference is { } reference)
        {
            yield return [(text.Get("round.export.reference", reference), false)];
        }

        yield return [(text.Get("round.export.due", Instant(round.DueAt)), false)];
        yield return [(text.Get("round.export.progress", round.Progress.Submitted, round.Progress.Recipients, round.Progress.Late), false)];
        yield return [];
        yield return [(text["round.export.unit"], true), (text["round.export.status"], true), (text["round.export.submitted_at"], true),
            (text["round.export.late"], true), (text["round.export.evidence"], true)];
        foreach (var recipient in round.Recipients)
        {
            yield return [($"{recipient.UnitName} ({recipient.UnitCode})", false), (recipient.StatusName, false),
                (recipient.SubmittedAt is { } at ? Instant(at) : null, false), (recipient.Late ? text["round.export.yes"] : null, false), (recipient.Evidence, false)];
        }

        foreach (var point in consolidated.Points)
        {
            yield return [];
            yield return [($"{point.Number}. {point.Title}", true)];
            foreach (var answer in point.Answers)
            {
                yield return [($"{answer.UnitName} ({answer.UnitCode})", false), (answer.Narrative ?? text["round.export.no_answer"], false)];
            }
        }

        if (consolidated.Statistics.Count > 0)
        {
            var codes = consolidated.Statistics[0].Totals.Keys.ToList();
            yield return [];
            yield return [(text.Get("round.export.statistics", round.Period), true)];
            yield return [(text["round.export.unit"], true), .. codes.Select(c => ((object?)$"{c} {ReportingText.IndicatorName(c)}", true))];
            foreach (var unit in consolidated.Statistics)
            {
                yield return [($"{unit.UnitName} ({unit.UnitCode}){(unit.Frozen ? "" : " *")}", false), .. codes.Select(c => ((object?)unit.Totals[c], false))];
            }

            yield return [(text["round.export.live_note"], false)];
        }

        yield return [];
        yield return [(null, false), (text.Get("export.place_date", today.Day, today.Month, today.Year), false)];
    }

    private static string Instant(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
}
