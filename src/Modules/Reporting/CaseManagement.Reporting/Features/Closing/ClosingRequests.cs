using FluentValidation;

namespace CaseManagement.Reporting.Features.Closing;

/// <param name="Unit">The unit whose period is closed; the caller's own unit when left out.</param>
/// <param name="SignerName">Who signs the report (the head of the unit or their deputy).</param>
/// <param name="ChecksAcknowledged">Must be true when a data-quality check found something: the manager saw it and signs anyway.</param>
public sealed record ClosePeriodRequest(string? Unit, string? SignerName, string? SignerTitle, bool ChecksAcknowledged);

/// <summary>A data-quality check for a unit's period: how many cases (or limits) it found.</summary>
public sealed record QualityCheck(string Code, string Name, string Definition, int Count);

public sealed record PeriodChecks(string Period, string Unit, IReadOnlyList<QualityCheck> Checks, bool Closed);

internal sealed class ClosePeriodRequestValidator : AbstractValidator<ClosePeriodRequest>
{
    public ClosePeriodRequestValidator()
    {
        RuleFor(r => r.SignerName).NotEmpty().MaximumLength(200).WithMessage(_ => ReportingText.Messages["field.signer_name"]);
        RuleFor(r => r.SignerTitle).NotEmpty().MaximumLength(200).WithMessage(_ => ReportingText.Messages["field.signer_title"]);
    }
}
