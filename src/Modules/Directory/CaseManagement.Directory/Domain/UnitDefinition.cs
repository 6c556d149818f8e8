using System.Text.RegularExpressions;

namespace CaseManagement.Directory.Domain;

/// <summary>What an import says a unit is: the values a unit takes, before they are applied.</summary>
public sealed partial record UnitDefinition(
    string Code,
    string Name,
    AdministrativeLevel Level,
    string? ParentCode,
    DateOnly? ValidFrom,
    DateOnly? ValidTo)
{
    public const int MaxNameLength = 200;

    /// <summary>Rules that need no other unit; each violation is a stable code that the UI localises.</summary>
    public IEnumerable<string> Violations()
    {
        if (!CodePattern().IsMatch(Code))
        {
            yield return UnitViolations.BadCode;
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Length > MaxNameLength)
        {
            yield return UnitViolations.BadName;
        }

        if (ValidFrom is { } from && ValidTo is { } to && to < from)
        {
            yield return UnitViolations.ValidityReversed;
        }

        if (Level.NeedsParent() && ParentCode is null)
        {
            yield return UnitViolations.ParentMissing;
        }

        if (!Level.NeedsParent() && ParentCode is not null)
        {
            yield return UnitViolations.ProvinceHasParent;
        }

        if (ParentCode is not null && string.Equals(ParentCode, Code, StringComparison.Ordinal))
        {
            yield return UnitViolations.OwnParent;
        }
    }

    // Official GSO codes are digits (2 for provinces, 3 for districts, 5 for communes); letters,
    // dots and dashes are allowed for locally made village codes.
    [GeneratedRegex("^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$")]
    private static partial Regex CodePattern();
}

public static class UnitViolations
{
    public const string BadCode = "unit.code_invalid";
    public const string BadName = "unit.name_invalid";
    public const string ValidityReversed = "unit.validity_reversed";
    public const string ParentMissing = "unit.parent_missing";
    public const string ProvinceHasParent = "unit.province_has_parent";
    public const string OwnParent = "unit.own_parent";
    public const string ParentUnknown = "unit.parent_unknown";
    public const string ParentLevel = "unit.parent_level";
    public const string DuplicateCode = "unit.duplicate_code";
}
