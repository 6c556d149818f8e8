using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Intake;
using CaseManagement.Cases.Features.Shared;
using FluentValidation;

namespace CaseManagement.Cases.Features.Referrals;

/// <summary>A referral to the police, sent at <see cref="OccurredAt"/> (now when absent).</summary>
public sealed record SendReferralRequest(Guid? PoliceOrganisationId, IReadOnlyList<string>? Disclose, string? OccurredAt = null);

/// <summary>A referral acknowledged at <see cref="OccurredAt"/> (now when absent), which starts the police's limit.</summary>
public sealed record AcknowledgeReferralRequest(int? Version, string? PoliceReference, string? OccurredAt = null);

/// <summary>Police progress: any milestones reached (ISO 8601 times), and optionally the outcome.</summary>
public sealed record ReferralProgressRequest(
    int? Version, string? TransferredToInvestigationAt, string? ForensicOrderedAt, string? ForensicConcludedAt, string? Outcome, string? OutcomeOn,
    string? PoliceReference);

/// <summary>A crime report about a child logged by a police liaison: the report itself (form 01) and the police unit.</summary>
public sealed record CrimeReportRequest(Guid? PoliceOrganisationId, string? PoliceReference, IntakeRequest? Report);

/// <summary>A referral as the social side sees it.</summary>
public sealed record ReferralView(
    Guid Id, Guid CaseId, ReferralDirection Direction, Guid PoliceOrganisationId, string PoliceOrganisationName, string? PoliceReference,
    IReadOnlyList<string> DisclosedFields, DateTimeOffset SentAt, DateTimeOffset? AcknowledgedAt, DateTimeOffset? TransferredToInvestigationAt,
    DateTimeOffset? ForensicOrderedAt, DateTimeOffset? ForensicConcludedAt, ReferralOutcome? Outcome, DateOnly? OutcomeOn, int Version);

/// <summary>A referral as a police liaison sees it: the case's number and commune, only what was disclosed, and the
/// police's own limits on it (the file to the investigation agency within 24 hours, 48 in a remote commune; the forensic conclusion).</summary>
public sealed record PoliceReferralView(
    ReferralView Referral, string CaseNumber, string CaseUnitCode, ReferralDisclosure Disclosure, IReadOnlyList<ReferralDeadlineView> Deadlines);

/// <summary>A limit on a referral, named as it applies to the case's commune.</summary>
public sealed record ReferralDeadlineView(string RuleCode, string Name, DateTimeOffset StartedAt, DateTimeOffset DueAt, DateTimeOffset? StoppedAt, bool Overdue);

internal sealed class SendReferralRequestValidator : AbstractValidator<SendReferralRequest>
{
    public SendReferralRequestValidator(TimeProvider clock)
    {
        Procedure.StepRules.OccurredAt(this, r => r.OccurredAt, clock);
        RuleFor(r => r.PoliceOrganisationId).NotNull().WithMessage(_ => CasesText.Messages["field.required"]);
        RuleFor(r => r.Disclose).NotEmpty().WithMessage(_ => CasesText.Messages["field.required"]);
        RuleForEach(r => r.Disclose).Must(f => DisclosableFields.All.Contains(f))
            .WithMessage((_, f) => CasesText.Messages.Get("field.unknown_code", f, string.Join(", ", DisclosableFields.All)));
    }
}

internal sealed class AcknowledgeReferralRequestValidator : AbstractValidator<AcknowledgeReferralRequest>
{
    public AcknowledgeReferralRequestValidator(TimeProvider clock)
    {
        Procedure.StepRules.OccurredAt(this, r => r.OccurredAt, clock);
        RuleFor(r => r.Version).NotNull().WithMessage(_ => CasesText.Messages["field.required"]);
        RuleFor(r => r.PoliceReference).MaxLength(60);
    }
}

internal sealed class ReferralProgressRequestValidator : AbstractValidator<ReferralProgressRequest>
{
    public ReferralProgressRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Version).NotNull().WithMessage(_ => CasesText.Messages["field.required"]);
        foreach (var field in new System.Linq.Expressions.Expression<Func<ReferralProgressRequest, string?>>[]
                 { r => r.TransferredToInvestigationAt, r => r.ForensicOrderedAt, r => r.ForensicConcludedAt })
        {
            RuleFor(field).Must(RequestValues.IsInstant).WithMessage(_ => CasesText.Messages["field.bad_instant"])
                .Must(v => RequestValues.IsPastInstant(v, clock)).WithMessage(_ => CasesText.Messages["field.future"]);
        }

        RuleFor(r => r.Outcome).Code<ReferralProgressRequest, ReferralOutcome>();
        RuleFor(r => r.OutcomeOn).Must(RequestValues.IsDate).WithMessage(_ => CasesText.Messages["field.bad_date"])
            .Must(v => RequestValues.IsPastDay(v, clock)).WithMessage(_ => CasesText.Messages["field.future"])
            .Must(v => v is not null).When(r => r.Outcome is not null).WithMessage(_ => CasesText.Messages["field.required"]);
        RuleFor(r => r.PoliceReference).MaxLength(60);
    }
}

internal sealed class CrimeReportRequestValidator : AbstractValidator<CrimeReportRequest>
{
    public CrimeReportRequestValidator(TimeProvider clock, Microsoft.Extensions.Options.IOptions<Domain.CaseLookups> lookups)
    {
        RuleFor(r => r.PoliceOrganisationId).NotNull().WithMessage(_ => CasesText.Messages["field.required"]);
        RuleFor(r => r.PoliceReference).MaxLength(60);
        RuleFor(r => r.Report).NotNull().WithMessage(_ => CasesText.Messages["field.required"]);
        RuleFor(r => r.Report!).SetValidator(new IntakeRequestValidator(clock, lookups, channelSetByCaller: true)).When(r => r.Report is not null);
    }
}
