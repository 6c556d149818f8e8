using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Directory.Contracts;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CaseManagement.Cases.Features.Procedure;

// One request per step. Each carries the version of the case the user saw: a change made by
// someone else meanwhile answers 409 instead of being overwritten. A step of the procedure also
// takes the time it happened (occurredAt, ISO 8601; now when absent): officers act first and type
// in later, and the step's limits start and stop from that time.

public sealed record VersionedRequest(int? Version, string? OccurredAt = null);

public sealed record VerificationRequest(int? Version, string? Outcome, string? OtherUnitCode, string? OccurredAt = null);

public sealed record InitialAssessmentRequest(int? Version, string? Harm, string? Risk, bool? EmergencyNeeded, string? Reason, string? OccurredAt = null);

/// <summary>The eight areas of the specific assessment (Mẫu 03, D56 art. 26).</summary>
public sealed record AssessmentAreas(
    string? PhysicalAndMentalState, string? FamilyAndProtectiveCapacity, string? RiskFactors, string? SchoolingAndSelfProtection,
    string? CommunitySafety, string? Needs, string? ChildViews, string? CarerViews);

public sealed record SpecificAssessmentRequest(int? Version, AssessmentAreas? Areas, IReadOnlyList<string>? Needs, string? OccurredAt = null);

/// <summary>The conference, held on a day (<see cref="HeldOn"/>), or at a time (<see cref="OccurredAt"/>, whose day it must be).</summary>
public sealed record ConferenceRequest(int? Version, string? HeldOn, string? Participants, string? Notes, IReadOnlyList<string>? NeedsAgreed, string? OccurredAt = null);

public sealed record ClosureProposalRequest(int? Version, string? ReasonCode, string? Note, string? OccurredAt = null);

public sealed record ClosureDecisionRequest(int? Version, bool? Approve, string? OccurredAt = null);

public sealed record ReopenRequest(int? Version, string? ReasonCode, string? OccurredAt = null);

public sealed record AssignRequest(int? Version, Guid? UserId);

public sealed record TransferRequest(int? Version, string? ToUnitCode);

/// <summary>The receiving commune declines a transfer: <see cref="ReasonCode"/> is a <see cref="TransferDeclineReason"/>.</summary>
public sealed record TransferDeclineRequest(int? Version, string? ReasonCode);

public sealed record ReclassifyRequest(int? Version, Intake.IncidentRequest? Incident);

/// <summary>What a step answers: the case's new step, version and what can be done next.</summary>
public sealed record CaseStepResponse(Guid CaseId, string Number, string UnitCode, CaseStatus Status, int Version, IReadOnlyList<CaseAction> AllowedActions, string? PendingTransferTo);

internal static class StepRules
{
    public static void Version<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, int?>> version) =>
        validator.RuleFor(version).NotNull().WithMessage(_ => CasesText.Messages["field.required"]);

    /// <summary>When the step happened: an instant that has come (the case's own order is checked with the case).</summary>
    public static void OccurredAt<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> occurredAt, TimeProvider clock) =>
        validator.RuleFor(occurredAt).Must(RequestValues.IsInstant).WithMessage(_ => CasesText.Messages["field.bad_instant"])
            .Must(v => RequestValues.IsPastInstant(v, clock)).WithMessage(_ => CasesText.Messages["field.future"]);

    public static IRuleBuilderOptions<T, string> ServiceType<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(RequestValues.IsCode<ServiceType>).WithMessage((_, v) => CasesText.Messages.Get("field.unknown_code", v, RequestValues.CodesOf<ServiceType>()))
            .AsCodes(typeof(ServiceType));
}

internal sealed class VersionedRequestValidator : AbstractValidator<VersionedRequest>
{
    public VersionedRequestValidator(TimeProvider clock)
    {
        StepRules.Version(this, r => r.Version);
        StepRules.OccurredAt(this, r => r.OccurredAt, clock);
    }
}

internal sealed class VerificationRequestValidator : AbstractValidator<VerificationRequest>
{
    public VerificationRequestValidator(TimeProvider clock)
    {
        StepRules.Version(this, r => r.Version);
        StepRules.OccurredAt(this, r => r.OccurredAt, clock);
        RuleFor(r => r.Outcome).Required().Code<VerificationRequest, VerificationOutcome>();
        RuleFor(r => r.OtherUnitCode).Required().When(r => RequestValues.ParseCode<VerificationOutcome>(r.Outcome) == VerificationOutcome.OtherCommune);
    }
}

internal sealed class InitialAssessmentRequestValidator : AbstractValidator<InitialAssessmentRequest>
{
    public InitialAssessmentRequestValidator(TimeProvider clock)
    {
        StepRules.Version(this, r => r.Version);
        StepRules.OccurredAt(this, r => r.OccurredAt, clock);
        RuleFor(r => r.Harm).Required().Code<InitialAssessmentRequest, RiskLevel>();
        RuleFor(r => r.Risk).Required().Code<InitialAssessmentRequest, RiskLevel>();
        RuleFor(r => r.EmergencyNeeded).NotNull().WithMessage(_ => CasesText.Messages["field.required"]);
        RuleFor(r => r.Reason).Required().MaxLength(4000);
    }
}

internal sealed class SpecificAssessmentRequestValidator : AbstractValidator<SpecificAssessmentRequest>
{
    public SpecificAssessmentRequestValidator(TimeProvider clock)
    {
        StepRules.Version(this, r => r.Version);
        StepRules.OccurredAt(this, r => r.OccurredAt, clock);
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
        StepRules.OccurredAt(this, r => r.OccurredAt, clock);
        RuleFor(r => r.HeldOn).Must(RequestValues.IsDate).WithMessage(_ => CasesText.Messages["field.bad_date"])
            .Must(d => RequestValues.ParseDate(d) is not { } day || day <= BuildingBlocks.Time.VietnamTime.Today(clock))
            .WithMessage(_ => CasesText.Messages["field.future"])
            .Must((r, v) => RequestValues.ParseDate(v) is not { } day || RequestValues.ParseInstant(r.OccurredAt) is not { } at || BuildingBlocks.Time.VietnamTime.DateOf(at) == day)
            .WithMessage(_ => CasesText.Messages["conference.day_mismatch"]);
        RuleFor(r => r.HeldOn).Required().When(r => string.IsNullOrWhiteSpace(r.OccurredAt));
        RuleFor(r => r.Participants).Required().MaxLength(4000);
        RuleFor(r => r.Notes).MaxLength(8000);
        RuleFor(r => r.NeedsAgreed).NotEmpty().WithMessage(_ => CasesText.Messages["field.required"]);
        RuleForEach(r => r.NeedsAgreed).ServiceType();
    }
}

internal sealed class ClosureProposalRequestValidator : AbstractValidator<ClosureProposalRequest>
{
    public ClosureProposalRequestValidator(IOptions<CaseLookups> lookups, TimeProvider clock)
    {
        StepRules.Version(this, r => r.Version);
        StepRules.OccurredAt(this, r => r.OccurredAt, clock);
        var reasons = lookups.Value.ClosureReasonsOrDefault;
        RuleFor(r => r.ReasonCode).Required().Must(c => c is null || reasons.Any(r => r.Code == c))
            .WithMessage((_, c) => CasesText.Messages.Get("field.unknown_code", c, string.Join(", ", reasons.Select(r => r.Code))));
        RuleFor(r => r.Note).MaxLength(4000);
    }
}

internal sealed class ClosureDecisionRequestValidator : AbstractValidator<ClosureDecisionRequest>
{
    public ClosureDecisionRequestValidator(TimeProvider clock)
    {
        StepRules.Version(this, r => r.Version);
        StepRules.OccurredAt(this, r => r.OccurredAt, clock);
        RuleFor(r => r.Approve).NotNull().WithMessage(_ => CasesText.Messages["field.required"]);
    }
}

internal sealed class ReopenRequestValidator : AbstractValidator<ReopenRequest>
{
    public ReopenRequestValidator(IOptions<CaseLookups> lookups, TimeProvider clock)
    {
        StepRules.Version(this, r => r.Version);
        StepRules.OccurredAt(this, r => r.OccurredAt, clock);
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

internal sealed class TransferDeclineRequestValidator : AbstractValidator<TransferDeclineRequest>
{
    public TransferDeclineRequestValidator()
    {
        StepRules.Version(this, r => r.Version);
        RuleFor(r => r.ReasonCode).Required().Code<TransferDeclineRequest, TransferDeclineReason>();
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
