using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.SupportInterventions.Contracts;
using FluentValidation;

namespace CaseManagement.SupportInterventions.Features.Reviews;

/// <summary>The review of a plan (Mẫu 06). <see cref="Version"/> is the plan's version the caller saw;
/// ratings are <c>High</c>, <c>Medium</c> or <c>Low</c>; the recommendation <c>Close</c> or <c>NewPlanCycle</c>.</summary>
public sealed record ReviewRequest(
    int Version, string? ReviewedOn, string? HarmStillSerious, string? AbuserCanReachChild, string? CareObstacles, string? ChildCapacity,
    string? Recommendation, string? Findings, string? Participants);

public sealed record ReviewResponse(
    Guid Id, Guid CaseId, Guid PlanId, int PlanCycle, DateOnly ReviewedOn, string HarmStillSerious, string AbuserCanReachChild, string CareObstacles,
    string ChildCapacity, string Recommendation, string RecommendationName, string Findings, string? Participants, string ReviewedBy, DateTimeOffset RecordedAt);

internal sealed class ReviewRequestValidator : AbstractValidator<ReviewRequest>
{
    public ReviewRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.ReviewedOn).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .Must(RequestValues.IsDate).WithMessage(_ => SupportText.Messages["field.date"])
            .Must(v => RequestValues.IsPastDay(v, clock)).WithMessage(_ => SupportText.Messages["field.not_future"]);
        Rating(r => r.HarmStillSerious);
        Rating(r => r.AbuserCanReachChild);
        Rating(r => r.CareObstacles);
        Rating(r => r.ChildCapacity);
        RuleFor(r => r.Recommendation).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .Must(RequestValues.IsCode<ReviewRecommendation>).WithMessage(_ => SupportText.Messages["field.code"]).AsCodes(typeof(ReviewRecommendation));
        RuleFor(r => r.Findings).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .MaximumLength(4000).WithMessage(_ => SupportText.Messages.Get("field.max_length", 4000));
        RuleFor(r => r.Participants).MaximumLength(1000).WithMessage(_ => SupportText.Messages.Get("field.max_length", 1000));
    }

    private void Rating(System.Linq.Expressions.Expression<Func<ReviewRequest, string?>> field) =>
        RuleFor(field).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .Must(RequestValues.IsCode<RiskLevel>).WithMessage(_ => SupportText.Messages["field.code"]).AsCodes(typeof(RiskLevel));
}
