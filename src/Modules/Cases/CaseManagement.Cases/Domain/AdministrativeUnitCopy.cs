using CaseManagement.Directory.Contracts;

namespace CaseManagement.Cases.Domain;

/// <summary>Cases' own copy of a Directory unit: where a case belongs and whose jurisdiction covers it.
/// Kept from <see cref="AdministrativeUnitChanged"/> events; Cases never reads the Directory's tables.</summary>
public sealed class AdministrativeUnitCopy
{
    private AdministrativeUnitCopy()
    {
    }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public UnitLevel Level { get; private set; }

    public string? ParentCode { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public int Version { get; private set; }

    public static AdministrativeUnitCopy From(AdministrativeUnitChanged change)
    {
        var copy = new AdministrativeUnitCopy { Code = change.Code };
        copy.ApplyIfNewer(change);
        return copy;
    }

    /// <summary>Applies a change unless the copy already holds that version or a later one.</summary>
    public bool ApplyIfNewer(AdministrativeUnitChanged change)
    {
        if (change.Version <= Version)
        {
            return false;
        }

        (Name, Level, ParentCode, ValidFrom, ValidTo, Version) =
            (change.Name, change.Level, change.ParentCode, change.ValidFrom, change.ValidTo, change.Version);
        return true;
    }
}
