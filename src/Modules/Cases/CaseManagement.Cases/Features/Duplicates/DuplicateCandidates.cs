using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Shared;
using FluentValidation;

namespace CaseManagement.Cases.Features.Duplicates;

/// <summary>What is known of the child in a new report. Sent in a body, not in the address, so
/// that no identity ends up in logs.</summary>
public sealed record DuplicateQuery(
    string? FullName, string? DateOfBirth, int? EstimatedAge, string? Sex, string? PersonalNumber, string? ResidenceUnitCode,
    IReadOnlyList<string>? CarerNames, string? ReceivedAt);

/// <summary>A child who may be the same, with why, and their cases (to link the report to the child
/// or merge it into a case).</summary>
public sealed record DuplicateCandidate(
    Guid ChildId, string DisplayName, Sex Sex, int? BirthYear, string? ResidenceUnitCode, int Score, IReadOnlyList<string> Reasons,
    IReadOnlyList<CandidateCase> Cases);

public sealed record CandidateCase(Guid CaseId, string Number, string UnitCode, CaseStatus Status, DateTimeOffset ReceivedAt);

internal sealed class DuplicateQueryValidator : AbstractValidator<DuplicateQuery>
{
    public DuplicateQueryValidator()
    {
        RuleFor(q => q.FullName).Required().MaxLength(200).When(q => string.IsNullOrWhiteSpace(q.PersonalNumber));
        RuleFor(q => q.DateOfBirth).Must(RequestValues.IsDate).WithMessage(_ => CasesText.Messages["field.bad_date"]);
        RuleFor(q => q.EstimatedAge).InclusiveBetween(0, 17).WithMessage(_ => CasesText.Messages["child.age_range"]);
        RuleFor(q => q.Sex).Code<DuplicateQuery, Sex>();
        RuleFor(q => q.PersonalNumber).MaxLength(20);
        RuleFor(q => q.ResidenceUnitCode).MaxLength(20);
        RuleFor(q => q.CarerNames).Must(c => c is null || c.Count <= 10).WithMessage(_ => CasesText.Messages.Get("field.too_long", 10));
        RuleFor(q => q.ReceivedAt).Must(RequestValues.IsInstant).WithMessage(_ => CasesText.Messages["field.bad_instant"]);
    }
}
