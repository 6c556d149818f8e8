using CaseManagement.Directory.Contracts;

namespace CaseManagement.Identity.Accounts;

/// <summary>Identity's copy of a Directory unit: which units exist, and the tree that jurisdictions follow.</summary>
public sealed class UnitCopy(string code)
{
    public string Code { get; private set; } = code;

    public string Name { get; private set; } = "";

    public string? ParentCode { get; private set; }

    public int Version { get; private set; }

    public void Apply(AdministrativeUnitChanged change)
    {
        if (change.Version > Version)
        {
            (Name, ParentCode, Version) = (change.Name, change.ParentCode, change.Version);
        }
    }
}
