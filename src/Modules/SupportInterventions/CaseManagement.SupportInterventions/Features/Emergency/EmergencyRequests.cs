using CaseManagement.BuildingBlocks.Web;
using CaseManagement.SupportInterventions.Contracts;
using FluentValidation;

namespace CaseManagement.SupportInterventions.Features.Emergency;

/// <summary>The chair's emergency decision: when it was decided (Vietnam time when no offset is given),
/// its number, and the measures taken with their times.</summary>
public sealed record EmergencyRequest(string? DecidedAt, string? DecisionNumber, IReadOnlyList<MeasureRequest>? Measures);

public sealed record MeasureRequest(string? Kind, string? TakenAt, string? Note);

public sealed record EmergencyResponse(Guid Id, Guid CaseId, string? DecisionNumber, DateTimeOffset DecidedAt, string DecidedBy, IReadOnlyList<MeasureResponse> Measures);

public sealed record MeasureResponse(string Kind, string KindName, DateTimeOffset TakenAt, string? Note);

internal sealed class EmergencyRequestValidator : AbstractValidator<EmergencyRequest>
{
    public EmergencyRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.DecidedAt).Must(v => v is null || RequestValues.IsInstant(v)).WithMessage(_ => SupportText.Messages["field.instant"])
            .Must(v => RequestValues.IsPastInstant(v, clock)).WithMessage(_ => SupportText.Messages["field.future"]);
        RuleFor(r => r.DecisionNumber).MaximumLength(60).WithMessage(_ => SupportText.Messages.Get("field.max_length", 60));
        RuleFor(r => r.Measures).NotEmpty().WithMessage(_ => SupportText.Messages["emergency.measures_required"]);
        RuleForEach(r => r.Measures).ChildRules(measure =>
        {
            measure.RuleFor(m => m.Kind).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"]).Must(RequestValues.IsCode<EmergencyMeasureKind>).WithMessage(_ => SupportText.Messages["field.code"]).AsCodes(typeof(EmergencyMeasureKind));
            measure.RuleFor(m => m.TakenAt).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"]).Must(v => RequestValues.IsInstant(v)).WithMessage(_ => SupportText.Messages["field.instant"])
                .Must(v => RequestValues.IsPastInstant(v, clock)).WithMessage(_ => SupportText.Messages["field.future"]);
            measure.RuleFor(m => m.Note).MaximumLength(1000).WithMessage(_ => SupportText.Messages.Get("field.max_length", 1000));
        });
    }
}
