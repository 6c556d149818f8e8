using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Features.Shared;

namespace CaseManagement.SupportInterventions.Features.Plans;

public sealed record PlanResponse(
    Guid Id, Guid CaseId, string UnitCode, int Cycle, string Status, string StatusName, int CurrentVersion, int? ApprovedVersion, int Version,
    IReadOnlyList<PlanVersionResponse> Versions, IReadOnlyList<PlanDecisionResponse> Decisions)
{
    public static PlanResponse From(SupportPlan plan, CaseTexts texts) => new(
        plan.Id, plan.CaseId, plan.UnitCode, plan.Cycle, plan.Status.ToString(), SupportText.NameOf(plan.Status), plan.CurrentVersion, plan.ApprovedVersion, plan.Version,
        [.. plan.Versions.OrderByDescending(v => v.Number).Select(v => new PlanVersionResponse(
            v.Number, v.Status.ToString(), texts.Open(v.ObjectivesSealed, plan.CaseId), v.DraftedBy, v.DraftedAt, v.SubmittedAt, v.EstimatedCostVnd,
            [.. v.Items.OrderBy(i => i.Order).Select(i => new PlanItemResponse(
                i.Id, i.ServiceType, SupportText.ServiceTypeName(i.ServiceType), texts.Open(i.DescriptionSealed, plan.CaseId), i.ResponsibleOrganisationId, i.ResponsiblePerson, i.ProviderOrganisationId, i.StartOn, i.ExpectedEndOn, i.EstimatedCostVnd))]))],
        [.. plan.Decisions.OrderBy(d => d.DecidedAt).Select(d => new PlanDecisionResponse(
            d.Id, d.PlanVersion, d.Decision.ToString(), d.DecisionNumber, d.Comments, d.DecidedByName, d.DecidedAt))]);
}

public sealed record PlanVersionResponse(
    int Number, string Status, string Objectives, string DraftedBy, DateTimeOffset DraftedAt, DateTimeOffset? SubmittedAt, long EstimatedCostVnd,
    IReadOnlyList<PlanItemResponse> Items);

public sealed record PlanItemResponse(
    Guid Id, string ServiceType, string ServiceTypeName, string Description, Guid? ResponsibleOrganisationId, string? ResponsiblePerson, Guid? ProviderOrganisationId,
    DateOnly StartOn, DateOnly ExpectedEndOn, long EstimatedCostVnd);

public sealed record PlanDecisionResponse(Guid Id, int PlanVersion, string Decision, string? DecisionNumber, string? Comments, string DecidedBy, DateTimeOffset DecidedAt);
