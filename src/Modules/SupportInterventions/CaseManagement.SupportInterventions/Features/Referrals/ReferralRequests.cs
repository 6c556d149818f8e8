using CaseManagement.BuildingBlocks.Web;
using FluentValidation;

namespace CaseManagement.SupportInterventions.Features.Referrals;

/// <summary>The provider's answer: accept, or decline with a reason. <see cref="Version"/> is the
/// referral's version the caller saw.</summary>
public sealed record ReferralAnswerRequest(int Version, bool Accept, string? Reason);

/// <summary>A delivery of the service: the day (yyyy-MM-dd) and what was done.</summary>
public sealed record DeliveryRequest(int Version, string? DeliveredOn, string? Note);

/// <summary>The service is complete: the day, the actual cost in VND and the outcome.</summary>
public sealed record CompletionRequest(int Version, string? CompletedOn, long? ActualCostVnd, string? Outcome);

internal sealed class ReferralAnswerRequestValidator : AbstractValidator<ReferralAnswerRequest>
{
    public ReferralAnswerRequestValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().When(r => !r.Accept).WithMessage(_ => SupportText.Messages["referral.reason_required"])
            .MaximumLength(1000).WithMessage(_ => SupportText.Messages.Get("field.max_length", 1000));
    }
}

internal sealed class DeliveryRequestValidator : AbstractValidator<DeliveryRequest>
{
    public DeliveryRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.DeliveredOn).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .Must(RequestValues.IsDate).WithMessage(_ => SupportText.Messages["field.date"])
            .Must(v => RequestValues.IsPastDay(v, clock)).WithMessage(_ => SupportText.Messages["field.not_future"]);
        RuleFor(r => r.Note).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .MaximumLength(2000).WithMessage(_ => SupportText.Messages.Get("field.max_length", 2000));
    }
}

internal sealed class CompletionRequestValidator : AbstractValidator<CompletionRequest>
{
    public CompletionRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.CompletedOn).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .Must(RequestValues.IsDate).WithMessage(_ => SupportText.Messages["field.date"])
            .Must(v => RequestValues.IsPastDay(v, clock)).WithMessage(_ => SupportText.Messages["field.not_future"]);
        RuleFor(r => r.ActualCostVnd).NotNull().WithMessage(_ => SupportText.Messages["field.required"])
            .InclusiveBetween(0, 10_000_000_000).WithMessage(_ => SupportText.Messages["plan.cost_range"]);
        RuleFor(r => r.Outcome).MaximumLength(2000).WithMessage(_ => SupportText.Messages.Get("field.max_length", 2000));
    }
}
