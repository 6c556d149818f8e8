using CaseManagement.Directory.Contracts;

namespace CaseManagement.Identity.Accounts;

/// <summary>Identity's copy of a version of a Directory unit: which units exist, and the tree that
/// jurisdictions follow (parents in every version, and successors after mergers).</summary>
public sealed class UnitCopy(Guid unitId, string code)
{
    /// <summary>The Directory's id of this version.</summary>
    public Guid UnitId { get; private set; } = unitId;

    public string Code { get; private set; } = code;

    public string Name { get; private set; } = "";

    public string? ParentCode { get; private set; }

    /// <summary>Codes separated by ';'.</summary>
    public string SuccessorCodes { get; private set; } = "";

    public int Version { get; private set; }

    public void Apply(AdministrativeUnitChanged change)
    {
        if (change.Version > Version)
        {
            (Name, ParentCode, Version) = (change.Name, change.ParentCode, change.Version);
            SuccessorCodes = string.Join(';', change.SuccessorCodes);
        }
    }
}
