using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Domain;
using CaseManagement.Directory.Features.ImportUnits;
using FluentValidation;

namespace CaseManagement.Directory.Features.ListUnits;

/// <summary>Filters of <c>GET /api/directory/units</c>. Kept as strings so that bad values come
/// back as field errors rather than as a binding failure.</summary>
public sealed record ListUnitsQuery(string? ParentCode, string? AsOf, string? Level, int? Page, int? PageSize)
{
    public const int MaxPageSize = 1000;
    public const int DefaultPageSize = 100;

    internal DateOnly? AsOfDate => RequestValues.ParseDate(AsOf);

    internal AdministrativeLevel? LevelValue => Level is null ? null : UnitCsvReader.ParseLevel(Level);
}

internal sealed class ListUnitsQueryValidator : AbstractValidator<ListUnitsQuery>
{
    public ListUnitsQueryValidator()
    {
        RuleFor(q => q.AsOf)
            .Must(RequestValues.IsDate)
            .WithMessage(_ => DirectoryText.Messages["query.as_of_invalid"]);
        RuleFor(q => q.Level)
            .Must(v => UnitCsvReader.ParseLevel(v) is not null)
            .When(q => q.Level is not null)
            .WithMessage(_ => DirectoryText.Messages["unit.level_unknown"]);
        RuleFor(q => q.Page)
            .GreaterThanOrEqualTo(1)
            .WithMessage(_ => DirectoryText.Messages["query.page_invalid"]);
        RuleFor(q => q.PageSize)
            .InclusiveBetween(1, ListUnitsQuery.MaxPageSize)
            .WithMessage(_ => DirectoryText.Messages.Get("query.page_size_invalid", ListUnitsQuery.MaxPageSize));
    }
}
