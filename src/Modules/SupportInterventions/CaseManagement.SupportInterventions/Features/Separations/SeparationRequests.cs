using CaseManagement.BuildingBlocks.Web;
using CaseManagement.SupportInterventions.Contracts;
using FluentValidation;

namespace CaseManagement.SupportInterventions.Features.Separations;

/// <summary>The chair's separation decision (Mẫu 07). Times are Vietnam time when no offset is given;
/// <see cref="StartedAt"/> defaults to the decision. A temporary carer needs <see cref="Carer"/>, a
/// facility needs <see cref="FacilityOrganisationId"/> from the Directory.</summary>
public sealed record SeparationRequest(
    string? DecisionNumber, string? DecidedAt, string? StartedAt, string? Placement, Guid? FacilityOrganisationId, CarerRequest? Carer);

public sealed record CarerRequest(string? FullName, string? Relationship, string? Address, string? Phone);

/// <summary>A competent authority's extension: who decided it, its number and the new last day.</summary>
public sealed record ExtensionRequest(int Version, string? Authority, string? DecisionNumber, string? ExtendedTo);

public sealed record EndSeparationRequest(int Version, string? Reason, string? EndedAt, string? Note);

internal sealed class SeparationRequestValidator : AbstractValidator<SeparationRequest>
{
    public SeparationRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.DecisionNumber).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .MaximumLength(60).WithMessage(_ => SupportText.Messages.Get("field.max_length", 60));
        RuleFor(r => r.DecidedAt).Must(v => v is null || RequestValues.IsInstant(v)).WithMessage(_ => SupportText.Messages["field.instant"])
            .Must(v => RequestValues.IsPastInstant(v, clock)).WithMessage(_ => SupportText.Messages["field.future"]);
        RuleFor(r => r.StartedAt).Must(v => v is null || RequestValues.IsInstant(v)).WithMessage(_ => SupportText.Messages["field.instant"])
            .Must(v => RequestValues.IsPastInstant(v, clock)).WithMessage(_ => SupportText.Messages["field.future"])
            .Must((r, v) => RequestValues.ParseInstant(v) is not { } started || RequestValues.ParseInstant(r.DecidedAt) is not { } decided || started >= decided)
            .WithMessage(_ => SupportText.Messages["separation.started_before_decision"]);
        RuleFor(r => r.Placement).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .Must(RequestValues.IsCode<PlacementKind>).WithMessage(_ => SupportText.Messages["field.code"]).AsCodes(typeof(PlacementKind));
        RuleFor(r => r.FacilityOrganisationId).NotNull().When(r => r.Placement == nameof(PlacementKind.Facility))
            .WithMessage(_ => SupportText.Messages["separation.facility_required"]);
        RuleFor(r => r.Carer).NotNull().When(r => r.Placement == nameof(PlacementKind.TemporaryCarer))
            .WithMessage(_ => SupportText.Messages["separation.carer_required"]);
        RuleFor(r => r.Carer!).ChildRules(carer =>
        {
            carer.RuleFor(c => c.FullName).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
                .MaximumLength(200).WithMessage(_ => SupportText.Messages.Get("field.max_length", 200))
                .Must(RequestValues.IsName).WithMessage(_ => SupportText.Messages["field.name"]);
            carer.RuleFor(c => c.Relationship).MaximumLength(100).WithMessage(_ => SupportText.Messages.Get("field.max_length", 100));
            carer.RuleFor(c => c.Address).MaximumLength(300).WithMessage(_ => SupportText.Messages.Get("field.max_length", 300));
            carer.RuleFor(c => c.Phone).MaximumLength(30).WithMessage(_ => SupportText.Messages.Get("field.max_length", 30));
        }).When(r => r.Carer is not null);
    }
}

internal sealed class ExtensionRequestValidator : AbstractValidator<ExtensionRequest>
{
    public ExtensionRequestValidator()
    {
        RuleFor(r => r.Authority).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .MaximumLength(300).WithMessage(_ => SupportText.Messages.Get("field.max_length", 300));
        RuleFor(r => r.DecisionNumber).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .MaximumLength(60).WithMessage(_ => SupportText.Messages.Get("field.max_length", 60));
        RuleFor(r => r.ExtendedTo).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .Must(RequestValues.IsDate).WithMessage(_ => SupportText.Messages["field.date"]);
    }
}

internal sealed class EndSeparationRequestValidator : AbstractValidator<EndSeparationRequest>
{
    public EndSeparationRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Reason).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .Must(RequestValues.IsCode<SeparationEndReason>).WithMessage(_ => SupportText.Messages["field.code"]).AsCodes(typeof(SeparationEndReason));
        RuleFor(r => r.EndedAt).Must(v => v is null || RequestValues.IsInstant(v)).WithMessage(_ => SupportText.Messages["field.instant"])
            .Must(v => RequestValues.IsPastInstant(v, clock)).WithMessage(_ => SupportText.Messages["field.future"]);
        RuleFor(r => r.Note).NotEmpty().When(r => r.Reason == nameof(SeparationEndReason.Other)).WithMessage(_ => SupportText.Messages["field.required"])
            .MaximumLength(2000).WithMessage(_ => SupportText.Messages.Get("field.max_length", 2000));
    }
}
