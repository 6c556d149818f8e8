using System.Text.RegularExpressions;

namespace CaseManagement.Directory.Domain;

/// <summary>What an import says a unit version is: the values it takes, before they are applied.
/// A version is named by its code and the day it comes into force.</summary>
public sealed partial record UnitDefinition(
    string Code,
    string Name,
    AdministrativeLevel Level,
    string? ParentCode,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyList<string> SuccessorCodes,
    bool Remote = false)
{
    public const int MaxNameLength = 200;

    /// <summary>Rules that need no other unit; each violation is a stable code that the UI localises.</summary>
    public IEnumerable<string> Violations()
    {
        if (!CodePattern().IsMatch(Code))
        {
            yield return UnitViolations.BadCode;
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Length > MaxNameLength || !BuildingBlocks.Web.RequestValues.IsName(Name))
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

        if (SuccessorCodes.Count > 0 && ValidTo is null)
        {
            yield return UnitViolations.SuccessorWithoutEnd;
        }

        if (SuccessorCodes.Contains(Code, StringComparer.Ordinal))
        {
            yield return UnitViolations.OwnSuccessor;
        }

        if (SuccessorCodes.Any(code => !CodePattern().IsMatch(code)))
        {
            yield return UnitViolations.SuccessorCodeInvalid;
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
    public const string Overlap = "unit.validity_overlap";
    public const string Cycle = "unit.cycle";
    public const string ParentNotInForce = "unit.parent_not_in_force";
    public const string SuccessorWithoutEnd = "unit.successor_without_end";
    public const string OwnSuccessor = "unit.own_successor";
    public const string SuccessorCodeInvalid = "unit.successor_code_invalid";
    public const string SuccessorUnknown = "unit.successor_unknown";
}
