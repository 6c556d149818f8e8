using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Shared;
using FluentValidation;

namespace CaseManagement.Cases.Features.Search;

/// <summary>Filters of the case list: all optional, combined with AND. <see cref="ChildName"/> is
/// matched word by word without diacritics or case ("nguyen an" finds "Nguyễn Văn An").</summary>
public sealed record CaseSearchQuery(
    string? Number,
    string? ChildName,
    string? Status,
    string? Kind,
    string? AbuseType,
    string? UnitCode,
    Guid? AssignedTo,
    bool? Overdue,
    string? Sort,
    int? Page,
    int? PageSize);

public sealed record CaseSummary(
    Guid Id, string Number, string UnitCode, CaseStatus Status, string StatusName, DateTimeOffset ReceivedAt, IncidentKind Kind, AbuseType? AbuseType,
    Guid? AssignedUserId, IReadOnlyList<ChildSummary> Children, DateTimeOffset? NextDueAt, bool Overdue, int Version);

public sealed record ChildSummary(Guid ChildId, string DisplayName, Sex Sex, int? AgeAtReport);

internal sealed class CaseSearchQueryValidator : AbstractValidator<CaseSearchQuery>
{
    public static readonly string[] Sorts = ["receivedAt", "-receivedAt", "number", "-number", "dueAt"];

    public CaseSearchQueryValidator()
    {
        RuleFor(q => q.Status).Code<CaseSearchQuery, CaseStatus>();
        RuleFor(q => q.Kind).Code<CaseSearchQuery, IncidentKind>();
        RuleFor(q => q.AbuseType).Code<CaseSearchQuery, AbuseType>();
        RuleFor(q => q.ChildName).MaxLength(200);
        RuleFor(q => q.Number).MaxLength(40);
        RuleFor(q => q.Sort).Must(s => s is null || Sorts.Contains(s))
            .WithMessage((_, s) => CasesText.Messages.Get("field.unknown_code", s, string.Join(", ", Sorts)));
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage(_ => CasesText.Messages.Get("field.min", 1));
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100).WithMessage(_ => CasesText.Messages.Get("field.between", 1, 100));
    }
}
