using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Reporting.Domain.Indicators;
using CaseManagement.Reporting.Features.Reports;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CaseManagement.Reporting.Features.Rounds;

/// <param name="Reference">The request's document number (e.g. "3812/SLĐTBXH-TEBĐG&amp;PCTNXH").</param>
/// <param name="DueAt">When answers are due: an ISO instant, Vietnam time when it has no offset ("2024-07-03T10:00").</param>
/// <param name="Period">A period ("2026-H1", "2026-Y", …) whose statistics pre-fill each answer; none when left out.</param>
/// <param name="Indicators">Indicator codes of those statistics; every published indicator when left out.</param>
/// <param name="Recipients">Units below the sender's; the units directly below when left out.</param>
public sealed record SendRoundRequest(
    string? Reference, string? Title, string? DueAt, bool EvidenceRequired, string? Period, IReadOnlyList<string>? Indicators,
    IReadOnlyList<RoundPointRequest>? Points, IReadOnlyList<string>? Recipients);

/// <param name="Units">The recipients this point is put to; every recipient when left out (a district may ask each office its own points).</param>
public sealed record RoundPointRequest(string? Title, string? Guidance, IReadOnlyList<string>? Units);

/// <summary>A draft of a unit's answer: the narrative of each point (the whole set; a point left out is cleared).</summary>
public sealed record AnswerDraftRequest(int? Version, IReadOnlyList<PointNarrativeRequest>? Points);

public sealed record PointNarrativeRequest(int Number, string? Narrative);

public sealed record AnswerVersionRequest(int? Version);

public sealed record ReturnAnswerRequest(int? Version, string? Comment);

public sealed record RoundListQuery(int? Page, int? PageSize)
{
    public const int DefaultPageSize = 50;
}

internal sealed class RoundListQueryValidator : AbstractValidator<RoundListQuery>
{
    public RoundListQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage(_ => ReportingText.Messages["field.page"]);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 200).WithMessage(_ => ReportingText.Messages["field.page_size"]);
    }
}

internal sealed class SendRoundRequestValidator : AbstractValidator<SendRoundRequest>
{
    public SendRoundRequestValidator(IOptions<ReportingOptions> options)
    {
        var text = ReportingText.Messages;
        RuleFor(r => r.Title).NotEmpty().WithMessage(_ => text["field.required"]).MaximumLength(500).WithMessage(_ => text.Get("field.too_long", 500))
            .Must(RequestValues.IsName).WithMessage(_ => text["field.title"]);
        RuleFor(r => r.Reference).MaximumLength(100).WithMessage(_ => text.Get("field.too_long", 100));
        RuleFor(r => r.DueAt).NotEmpty().WithMessage(_ => text["field.required"])
            .Must(RequestValues.IsInstant).WithMessage(_ => text["field.instant_invalid"]);
        RuleFor(r => r.Period).Must(p => p is null || options.Value.Calendar().Parse(p) is not null).WithMessage(_ => text["field.period_invalid"]);
        RuleFor(r => r.Indicators).Must(list => list is null || ReportIndicators.Parse(string.Join(',', list)) is not null)
            .WithMessage(_ => text.Get("field.indicator_unknown", string.Join(", ", IndicatorCatalogue.All.Select(i => i.Code))));
        RuleFor(r => r.Points).NotEmpty().WithMessage(_ => text["field.points_required"]).Must(p => p is null || p.Count <= 50).WithMessage(_ => text.Get("field.too_many", 50));
        RuleForEach(r => r.Points).ChildRules(point =>
        {
            point.RuleFor(p => p.Title).NotEmpty().WithMessage(_ => text["field.required"]).MaximumLength(1000).WithMessage(_ => text.Get("field.too_long", 1000))
                .Must(RequestValues.IsName).WithMessage(_ => text["field.title"]);
            point.RuleFor(p => p.Guidance).MaximumLength(4000).WithMessage(_ => text.Get("field.too_long", 4000));
        });
        RuleFor(r => r.Recipients).Must(r => r is null || r.Count <= 500).WithMessage(_ => text.Get("field.too_many", 500));
    }
}

internal sealed class AnswerDraftRequestValidator : AbstractValidator<AnswerDraftRequest>
{
    public AnswerDraftRequestValidator()
    {
        var text = ReportingText.Messages;
        RuleFor(r => r.Version).NotNull().WithMessage(_ => text["field.version_required"]);
        RuleFor(r => r.Points).NotNull().WithMessage(_ => text["field.required"])
            .Must(p => p is null || p.Select(x => x.Number).Distinct().Count() == p.Count).WithMessage(_ => text["field.points_repeated"]);
        RuleForEach(r => r.Points).ChildRules(point =>
            point.RuleFor(p => p.Narrative).MaximumLength(20000).WithMessage(_ => text.Get("field.too_long", 20000)));
    }
}

internal sealed class AnswerVersionRequestValidator : AbstractValidator<AnswerVersionRequest>
{
    public AnswerVersionRequestValidator() =>
        RuleFor(r => r.Version).NotNull().WithMessage(_ => ReportingText.Messages["field.version_required"]);
}

internal sealed class ReturnAnswerRequestValidator : AbstractValidator<ReturnAnswerRequest>
{
    public ReturnAnswerRequestValidator()
    {
        var text = ReportingText.Messages;
        RuleFor(r => r.Version).NotNull().WithMessage(_ => text["field.version_required"]);
        RuleFor(r => r.Comment).NotEmpty().WithMessage(_ => text["field.required"]).MaximumLength(4000).WithMessage(_ => text.Get("field.too_long", 4000));
    }
}
