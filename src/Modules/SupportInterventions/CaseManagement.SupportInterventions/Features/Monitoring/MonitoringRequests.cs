using CaseManagement.BuildingBlocks.Web;
using CaseManagement.SupportInterventions.Contracts;
using FluentValidation;

namespace CaseManagement.SupportInterventions.Features.Monitoring;

/// <summary>A monitoring contact: the day, how (<c>HomeVisit</c>, <c>PhoneCall</c>, <c>SchoolVisit</c>,
/// <c>AlternativeCareFollowUp</c>), what was seen and the child's situation (<c>Safe</c>, <c>Improving</c>,
/// <c>Concern</c>, <c>AtRisk</c>).</summary>
public sealed record MonitoringRequest(string? VisitedOn, string? Kind, string? Observations, string? Situation);

public sealed record MonitoringResponse(
    Guid Id, Guid CaseId, DateOnly VisitedOn, string Kind, string KindName, string Observations, string Situation, string SituationName,
    string VisitedBy, DateTimeOffset RecordedAt);

internal sealed class MonitoringRequestValidator : AbstractValidator<MonitoringRequest>
{
    public MonitoringRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.VisitedOn).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .Must(RequestValues.IsDate).WithMessage(_ => SupportText.Messages["field.date"])
            .Must(v => RequestValues.IsPastDay(v, clock)).WithMessage(_ => SupportText.Messages["field.not_future"]);
        RuleFor(r => r.Kind).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .Must(RequestValues.IsCode<MonitoringKind>).WithMessage(_ => SupportText.Messages["field.code"]).AsCodes(typeof(MonitoringKind));
        RuleFor(r => r.Situation).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .Must(RequestValues.IsCode<ChildSituation>).WithMessage(_ => SupportText.Messages["field.code"]).AsCodes(typeof(ChildSituation));
        RuleFor(r => r.Observations).NotEmpty().WithMessage(_ => SupportText.Messages["field.required"])
            .MaximumLength(4000).WithMessage(_ => SupportText.Messages.Get("field.max_length", 4000));
    }
}
