using System.Globalization;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Directory.Features.ImportUnits;
using FluentValidation;

namespace CaseManagement.Directory.Features.ListUnits;

/// <summary>The day a tree question is asked about (yyyy-MM-dd; today in Vietnam when left out),
/// and optionally one tier of units.</summary>
public sealed record AsOfQuery(string? AsOf, string? Level)
{
    internal DateOnly DateOrToday(TimeProvider clock) =>
        AsOf is null ? VietnamTime.Today(clock) : DateOnly.ParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal Domain.AdministrativeLevel? LevelValue => Level is null ? null : UnitCsvReader.ParseLevel(Level);
}

internal sealed class AsOfQueryValidator : AbstractValidator<AsOfQuery>
{
    public AsOfQueryValidator()
    {
        RuleFor(q => q.AsOf)
            .Must(v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .When(q => q.AsOf is not null)
            .WithMessage(_ => DirectoryText.Messages["query.as_of_invalid"]);
        RuleFor(q => q.Level)
            .Must(v => UnitCsvReader.ParseLevel(v) is not null)
            .When(q => q.Level is not null)
            .WithMessage(_ => DirectoryText.Messages["unit.level_unknown"]);
    }
}
