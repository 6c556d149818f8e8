using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Contracts;
using FluentValidation;

namespace CaseManagement.SupportInterventions.Features.Plans;

/// <summary>A plan's text (Mẫu 04): objectives and items. <see cref="Version"/> is the plan's version
/// the caller saw (not needed for a new plan).</summary>
public sealed record PlanDraftRequest(int? Version, string? Objectives, IReadOnlyList<PlanItemRequest>? Items);

public sealed record PlanItemRequest(
    string? ServiceType, string? Description, Guid? ResponsibleOrganisationId, string? ResponsiblePerson, Guid? ProviderOrganisationId,
    string? StartOn, string? ExpectedEndOn, long? EstimatedCostVnd);

/// <summary>A step on a plan, done at <see cref="OccurredAt"/> (ISO 8601; now when absent).</summary>
public sealed record PlanStepRequest(int Version, string? OccurredAt = null);

/// <summary>The chair's decision (Mẫu 05): approve with a decision number, or send back with comments; decided
/// at <see cref="OccurredAt"/> (now when absent).</summary>
public sealed record PlanDecisionRequest(int Version, bool Approve, string? DecisionNumber, string? Comments, string? OccurredAt = null);

internal sealed class PlanDraftRequestValidator : AbstractValidator<PlanDraftRequest>
{
    public PlanDraftRequestValidator()
    {
        RuleFor(r => r.Objectives).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .MaximumLength(4000).WithMessage(_ => SupportText.Messages.Get("field.max_length", 4000));
        RuleFor(r => r.Items).NotNull().WithMessage(_ => SupportText.Messages["field.required"]);
        RuleFor(r => r.Items!.Count).LessThanOrEqualTo(50).WithMessage(_ => SupportText.Messages.Get("field.max_items", 50)).When(r => r.Items is not null);
        RuleForEach(r => r.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.ServiceType).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
                .Must(RequestValues.IsCode<ServiceType>).WithMessage(_ => SupportText.Messages["field.code"]).AsCodes(typeof(ServiceType));
            item.RuleFor(i => i.Description).MaximumLength(2000).WithMessage(_ => SupportText.Messages.Get("field.max_length", 2000));
            item.RuleFor(i => i.ResponsiblePerson).MaximumLength(200).WithMessage(_ => SupportText.Messages.Get("field.max_length", 200));
            item.RuleFor(i => i).Must(i => i.ResponsibleOrganisationId is not null || i.ProviderOrganisationId is not null || !string.IsNullOrWhiteSpace(i.ResponsiblePerson))
                .WithName("responsibleOrganisationId").WithMessage(_ => SupportText.Messages["plan.responsible_required"]);
            item.RuleFor(i => i.StartOn).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
                .Must(RequestValues.IsDate).WithMessage(_ => SupportText.Messages["field.date"]);
            item.RuleFor(i => i.ExpectedEndOn).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
                .Must(RequestValues.IsDate).WithMessage(_ => SupportText.Messages["field.date"]);
            item.RuleFor(i => i).Must(i => RequestValues.InOrder(i.StartOn, i.ExpectedEndOn))
                .WithName("expectedEndOn").WithMessage(_ => SupportText.Messages["field.dates_order"]);
            item.RuleFor(i => i.EstimatedCostVnd).NotNull().WithMessage(_ => SupportText.Messages["field.required"])
                .InclusiveBetween(0, 10_000_000_000).WithMessage(_ => SupportText.Messages["plan.cost_range"]);
        });
    }
}

/// <summary>When a step happened: an instant that has come.</summary>
internal static class StepTimeRules
{
    public static void OccurredAt<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> occurredAt, TimeProvider clock) =>
        validator.RuleFor(occurredAt).Must(RequestValues.IsInstant).WithMessage(_ => SupportText.Messages["field.instant"])
            .Must(v => RequestValues.IsPastInstant(v, clock)).WithMessage(_ => SupportText.Messages["field.future"]);
}

internal sealed class PlanStepRequestValidator : AbstractValidator<PlanStepRequest>
{
    public PlanStepRequestValidator(TimeProvider clock) => StepTimeRules.OccurredAt(this, r => r.OccurredAt, clock);
}

internal sealed class PlanDecisionRequestValidator : AbstractValidator<PlanDecisionRequest>
{
    public PlanDecisionRequestValidator(TimeProvider clock)
    {
        StepTimeRules.OccurredAt(this, r => r.OccurredAt, clock);
        RuleFor(r => r.DecisionNumber).NotEmpty().When(r => r.Approve).WithMessage(_ => SupportText.Messages["plan.decision_number_required"])
            .MaximumLength(60).WithMessage(_ => SupportText.Messages.Get("field.max_length", 60));
        RuleFor(r => r.Comments).NotEmpty().When(r => !r.Approve).WithMessage(_ => SupportText.Messages["plan.comments_required"])
            .MaximumLength(4000).WithMessage(_ => SupportText.Messages.Get("field.max_length", 4000));
    }
}
