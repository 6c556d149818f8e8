using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Reporting.Features.Reports;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CaseManagement.Reporting.Features.Exports;

/// <param name="Format">xlsx (default), pdf or csv.</param>
/// <param name="Publication">True: small counts suppressed, for a file to be published; false (default): the exact figures
/// the signed-in officials work with.</param>
public sealed record ExportQuery(string? Period, string? Unit, string? Indicators, string? Format, bool? Publication);

internal sealed class ExportQueryValidator : AbstractValidator<ExportQuery>
{
    public static readonly string[] Formats = ["xlsx", "pdf", "csv"];

    public ExportQueryValidator(IOptions<ReportingOptions> options)
    {
        RuleFor(q => q.Period).ValidPeriod(options.Value.Calendar());
        RuleFor(q => q.Indicators).KnownIndicators();
        RuleFor(q => q.Format).Must(f => f is null || Formats.Contains(f, StringComparer.OrdinalIgnoreCase))
            .WithMessage(_ => ReportingText.Messages["field.format"]);
    }
}

/// <summary>The report as a file: the same figures as the JSON report (signed ones for a closed
/// period), suppressed for publication unless exact figures are asked for.</summary>
internal sealed class ExportHandler(ReportHandler reports, IOptions<ReportingOptions> options, TimeProvider clock)
{
    public async Task<IResult> ExportAsync(ExportQuery query, CancellationToken ct)
    {
        var report = await reports.GetAsync(new ReportQuery(query.Period, query.Unit, query.Indicators), ct);
        var document = ReportDocument.From(report, query.Publication ?? false, options.Value.SmallCountThreshold, VietnamTime.Today(clock));
        var name = $"bao-cao-{report.Unit.Code}-{report.Period.Key.Replace("..", "_", StringComparison.Ordinal)}";
        return (query.Format ?? "xlsx").ToLowerInvariant() switch
        {
            "csv" => Results.File(CsvReport.Write(document), "text/csv; charset=utf-8", name + ".csv"),
            "pdf" => Results.File(StateReportLayout.Pdf(document, options.Value.Pdf.FontFolder), "application/pdf", name + ".pdf"),
            _ => Results.File(StateReportLayout.Xlsx(document), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
        };
    }
}
