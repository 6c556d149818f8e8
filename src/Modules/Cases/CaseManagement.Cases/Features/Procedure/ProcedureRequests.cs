using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Directory.Contracts;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CaseManagement.Cases.Features.Procedure;

// One request per step. Each carries the version of the case the user saw: a change made by
// someone else meanwhile answers 409 instead of being overwritten.

public sealed record VersionedRequest(int? Version);

public sealed record VerificationRequest(int? Version, string? Outcome, string? OtherUnitCode);

public sealed record InitialAssessmentRequest(int? Version, string? Harm, string? Risk, bool? EmergencyNeeded, string? Reason);

/// <summary>The eight areas of the specific assessment (Mẫu 03, D56 art. 26).</summary>
public sealed record AssessmentAreas(
    string? PhysicalAndMentalState, string? FamilyAndProtectiveCapacity, string? RiskFactors, string? SchoolingAndSelfProtection,
    string? CommunitySafety, string? Needs, string? ChildViews, string? CarerViews);

public sealed record SpecificAssessmentRequest(int? Version, AssessmentAreas? Areas, IReadOnlyList<string>? Needs);

public sealed record ConferenceRequest(int? Version, string? HeldOn, string? Participants, string? Notes, IReadOnlyList<string>? NeedsAgreed);

public sealed record ClosureProposalRequest(int? Version, string? ReasonCode, string? Note);

public sealed record ClosureDecisionRequest(int? Version, bool? Approve);

public sealed record ReopenRequest(int? Version, string? ReasonCode);

public sealed record AssignRequest(int? Version, Guid? UserId);

public sealed record TransferRequest(int? Version, string? ToUnitCode);

public sealed record ReclassifyRequest(int? Version, Intake.IncidentRequest? Incident);

/// <summary>What a step answers: the case's new step, version and what can be done next.</summary>
public sealed record CaseStepResponse(Guid CaseId, string Number, string UnitCode, CaseStatus Status, int Version, IReadOnlyList<CaseAction> AllowedActions, string? PendingTransferTo);

internal static class StepRules
{
    public static void Version<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, int?>> version) =>
        validator.RuleFor(version).NotNull().WithMessage(_ => CasesText.Messages["field.required"]);

    public static IRuleBuilderOptions<T, string> ServiceType<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(RequestValues.IsCode<ServiceType>).WithMessage((_, v) => CasesText.Messages.Get("field.unknown_code", v, RequestValues.CodesOf<ServiceType>()));
}

internal sealed class VersionedRequestValidator : AbstractValidator<VersionedRequest>
{
    public VersionedRequestValidator() => StepRules.Version(this, r => r.Version);
}

internal sealed class VerificationRequestValidator : AbstractValidator<VerificationRequest>
{
    public VerificationRequestValidator()
    {
        StepRules.Version(this, r => r.Version);
        RuleFor(r => r.Outcome).Required().Code<VerificationRequest, VerificationOutcome>();
        RuleFor(r => r.OtherUnitCode).Required().When(r => RequestValues.ParseCode<VerificationOutcome>(r.Outcome) == VerificationOutcome.OtherCommune);
    }
}

internal sealed class InitialAssessmentRequestValidator : AbstractValidator<InitialAssessmentRequest>
{
    public InitialAssessmentRequestValidator()
    {
        StepRules.Version(this, r => r.Version);
        RuleFor(r => r.Harm).Required().Code<InitialAssessmentRequest, RiskLevel>();
        RuleFor(r => r.Risk).Required().Code<InitialAssessmentRequest, RiskLevel>();
        RuleFor(r => r.EmergencyNeeded).NotNull().WithMessage(_ => CasesText.Messages["field.required"]);
        RuleFor(r => r.Reason).Required().MaxLength(4000);
    }
}

internal sealed class SpecificAssessmentRequestValidator : AbstractValidator<SpecificAssessmentRequest>
{
    public SpecificAssessmentRequestValidator()
    {
        StepRules.Version(this, r => r.Version);
        RuleFor(r => r.Areas).NotNull().WithMessage(_ => CasesText.Messages["field.required"]);
        RuleFor(r => r.Areas!).ChildRules(areas =>
        {
            areas.RuleFor(a => a.PhysicalAndMentalState).MaxLength(4000);
            areas.RuleFor(a => a.FamilyAndProtectiveCapacity).MaxLength(4000);
            areas.RuleFor(a => a.RiskFactors).MaxLength(4000);
            areas.RuleFor(a => a.SchoolingAndSelfProtection).MaxLength(4000);
            areas.RuleFor(a => a.CommunitySafety).MaxLength(4000);
            areas.RuleFor(a => a.Needs).MaxLength(4000);
            areas.RuleFor(a => a.ChildViews).MaxLength(4000);
            areas.RuleFor(a => a.CarerViews).MaxLength(4000);
        }).When(r => r.Areas is not null);
        RuleFor(r => r.Needs).NotEmpty().WithMessage(_ => CasesText.Messages["field.required"]);
        RuleForEach(r => r.Needs).ServiceType();
    }
}

internal sealed class ConferenceRequestValidator : AbstractValidator<ConferenceRequest>
{
    public ConferenceRequestValidator(TimeProvider clock)
    {
        StepRules.Version(this, r => r.Version);
        RuleFor(r => r.HeldOn).Required().Must(RequestValues.IsDate).WithMessage(_ => CasesText.Messages["field.bad_date"])
            .Must(d => RequestValues.ParseDate(d) is not { } day || day <= BuildingBlocks.Time.VietnamTime.Today(clock))
            .WithMessage(_ => CasesText.Messages["field.future"]);
        RuleFor(r => r.Participants).Required().MaxLength(4000);
        RuleFor(r => r.Notes).MaxLength(8000);
        RuleFor(r => r.NeedsAgreed).NotEmpty().WithMessage(_ => CasesText.Messages["field.required"]);
        RuleForEach(r => r.NeedsAgreed).ServiceType();
    }
}

internal sealed class ClosureProposalRequestValidator : AbstractValidator<ClosureProposalRequest>
{
    public ClosureProposalRequestValidator(IOptions<CaseLookups> lookups)
    {
        StepRules.Version(this, r => r.Version);
        var reasons = lookups.Value.ClosureReasonsOrDefault;
        RuleFor(r => r.ReasonCode).Required().Must(c => c is null || reasons.Any(r => r.Code == c))
            .WithMessage((_, c) => CasesText.Messages.Get("field.unknown_code", c, string.Join(", ", reasons.Select(r => r.Code))));
        RuleFor(r => r.Note).MaxLength(4000);
    }
}

internal sealed class ClosureDecisionRequestValidator : AbstractValidator<ClosureDecisionRequest>
{
    public ClosureDecisionRequestValidator()
    {
        StepRules.Version(this, r => r.Version);
        RuleFor(r => r.Approve).NotNull().WithMessage(_ => CasesText.Messages["field.required"]);
    }
}

internal sealed class ReopenRequestValidator : AbstractValidator<ReopenRequest>
{
    public ReopenRequestValidator(IOptions<CaseLookups> lookups)
    {
        StepRules.Version(this, r => r.Version);
        var reasons = lookups.Value.ReopenReasonsOrDefault;
        RuleFor(r => r.ReasonCode).Required().Must(c => c is null || reasons.Any(r => r.Code == c))
            .WithMessage((_, c) => CasesText.Messages.Get("field.unknown_code", c, string.Join(", ", reasons.Select(r => r.Code))));
    }
}

internal sealed class AssignRequestValidator : AbstractValidator<AssignRequest>
{
    public AssignRequestValidator() => StepRules.Version(this, r => r.Version);
}

internal sealed class TransferRequestValidator : AbstractValidator<TransferRequest>
{
    public TransferRequestValidator()
    {
        StepRules.Version(this, r => r.Version);
        RuleFor(r => r.ToUnitCode).Required().MaxLength(20);
    }
}

internal sealed class ReclassifyRequestValidator : AbstractValidator<ReclassifyRequest>
{
    public ReclassifyRequestValidator(IOptions<CaseLookups> lookups)
    {
        StepRules.Version(this, r => r.Version);
        RuleFor(r => r.Incident).NotNull().WithMessage(_ => CasesText.Messages["field.required"]);
        RuleFor(r => r.Incident!).SetValidator(new Intake.IncidentRequestValidator(lookups.Value)).When(r => r.Incident is not null);
    }
}
