using CaseManagement.Directory.Contracts;

namespace CaseManagement.Cases.Domain;

/// <summary>Cases' own copy of a version of a Directory unit: where a case belongs, whose jurisdiction
/// covers it, and whether the commune is remote (longer police time limits). Kept from
/// <see cref="AdministrativeUnitChanged"/> events; Cases never reads the Directory's tables.</summary>
public sealed class AdministrativeUnitCopy
{
    private AdministrativeUnitCopy()
    {
    }

    /// <summary>The Directory's id of this version.</summary>
    public Guid UnitId { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public UnitLevel Level { get; private set; }

    public string? ParentCode { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    /// <summary>Codes separated by ';': where this unit's cases count after a merger.</summary>
    public string SuccessorCodes { get; private set; } = "";

    public bool Remote { get; private set; }

    public int Version { get; private set; }

    public static AdministrativeUnitCopy From(AdministrativeUnitChanged change)
    {
        var copy = new AdministrativeUnitCopy { UnitId = change.UnitId, Code = change.Code };
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

        (Name, Level, ParentCode, ValidFrom, ValidTo, Remote, Version) =
            (change.Name, change.Level, change.ParentCode, change.ValidFrom, change.ValidTo, change.Remote, change.Version);
        SuccessorCodes = string.Join(';', change.SuccessorCodes);
        return true;
    }
}
