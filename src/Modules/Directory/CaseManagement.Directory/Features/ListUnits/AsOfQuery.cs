using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Features.ImportUnits;
using FluentValidation;

namespace CaseManagement.Directory.Features.ListUnits;

/// <summary>The day a tree question is asked about (yyyy-MM-dd; today in Vietnam when left out),
/// and optionally one tier of units.</summary>
public sealed record AsOfQuery(string? AsOf, string? Level)
{
    internal DateOnly DateOrToday(TimeProvider clock) =>
        RequestValues.ParseDate(AsOf) ?? VietnamTime.Today(clock);

    internal Domain.AdministrativeLevel? LevelValue => Level is null ? null : UnitCsvReader.ParseLevel(Level);
}

internal sealed class AsOfQueryValidator : AbstractValidator<AsOfQuery>
{
    public AsOfQueryValidator()
    {
        RuleFor(q => q.AsOf)
            .Must(RequestValues.IsDate)
            .WithMessage(_ => DirectoryText.Messages["query.as_of_invalid"]);
        RuleFor(q => q.Level)
            .Must(v => UnitCsvReader.ParseLevel(v) is not null)
            .When(q => q.Level is not null)
            .WithMessage(_ => DirectoryText.Messages["unit.level_unknown"]);
    }
}
