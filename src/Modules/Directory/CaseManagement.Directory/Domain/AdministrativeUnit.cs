namespace CaseManagement.Directory.Domain;

/// <summary>
/// One version of a province, district, commune or village: the unit (its code) as it was during
/// a validity period. A unit renamed, moved or merged by decree gets a new version; the old one
/// stays, so that old records keep the unit they were recorded under.
/// </summary>
public sealed class AdministrativeUnit
{
    private string successorCodes = "";

    private AdministrativeUnit()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public AdministrativeLevel Level { get; private set; }

    public string? ParentCode { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    /// <summary>The units this version went into when it ended (a merger).</summary>
    public IReadOnlyList<string> SuccessorCodes => UnitCodes.Split(successorCodes);

    /// <summary>A remote, mountain or island unit (longer police time limits).</summary>
    public bool Remote { get; private set; }

    /// <summary>Grows with each change; also the optimistic concurrency token.</summary>
    public int Version { get; private set; }

    public static AdministrativeUnit Create(UnitDefinition definition)
    {
        var unit = new AdministrativeUnit { Id = Guid.CreateVersion7(), Code = definition.Code, ValidFrom = definition.ValidFrom };
        unit.Apply(definition);
        return unit;
    }

    /// <summary>Takes the definition's values; returns false (and changes nothing) when they are the same.</summary>
    public bool Apply(UnitDefinition definition)
    {
        if (!string.Equals(definition.Code, Code, StringComparison.Ordinal) || definition.ValidFrom != ValidFrom)
        {
            throw new InvalidOperationException($"Definition for {definition.Code} from {definition.ValidFrom} applied to unit {Code} from {ValidFrom}.");
        }

        if (Version > 0 && Matches(definition))
        {
            return false;
        }

        Name = definition.Name;
        Level = definition.Level;
        ParentCode = definition.ParentCode;
        ValidTo = definition.ValidTo;
        successorCodes = UnitCodes.Join(definition.SuccessorCodes);
        Remote = definition.Remote;
        Version++;
        return true;
    }

    /// <summary>Whether the definition says what this version already holds.</summary>
    public bool Matches(UnitDefinition definition) =>
        Name == definition.Name && Level == definition.Level && ParentCode == definition.ParentCode
        && ValidTo == definition.ValidTo && successorCodes == UnitCodes.Join(definition.SuccessorCodes) && Remote == definition.Remote;

    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);
}

/// <summary>Lists of unit codes as stored in one column ("a;b").</summary>
public static class UnitCodes
{
    public const char Separator = ';';

    public static IReadOnlyList<string> Split(string? codes) =>
        string.IsNullOrEmpty(codes) ? [] : codes.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string> codes) => string.Join(Separator, codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
