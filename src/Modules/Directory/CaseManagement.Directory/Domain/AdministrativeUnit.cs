namespace CaseManagement.Directory.Domain;

/// <summary>A province, district, commune or village, with the period it exists in.</summary>
public sealed class AdministrativeUnit
{
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

    /// <summary>Grows with each change; also the optimistic concurrency token.</summary>
    public int Version { get; private set; }

    public static AdministrativeUnit Create(UnitDefinition definition)
    {
        var unit = new AdministrativeUnit { Id = Guid.CreateVersion7(), Code = definition.Code };
        unit.Apply(definition);
        return unit;
    }

    /// <summary>Takes the definition's values; returns false (and changes nothing) when they are the same.</summary>
    public bool Apply(UnitDefinition definition)
    {
        if (!string.Equals(definition.Code, Code, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Definition for {definition.Code} applied to unit {Code}.");
        }

        if (Version > 0 && Name == definition.Name && Level == definition.Level && ParentCode == definition.ParentCode
            && ValidFrom == definition.ValidFrom && ValidTo == definition.ValidTo)
        {
            return false;
        }

        Name = definition.Name;
        Level = definition.Level;
        ParentCode = definition.ParentCode;
        ValidFrom = definition.ValidFrom;
        ValidTo = definition.ValidTo;
        Version++;
        return true;
    }

    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);
}
