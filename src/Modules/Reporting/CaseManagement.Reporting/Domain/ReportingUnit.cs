using CaseManagement.Directory.Contracts;

namespace CaseManagement.Reporting.Domain;

/// <summary>A unit as Reporting needs it for roll-ups: code, tier, parent and validity.</summary>
public sealed class ReportingUnit(string code)
{
    public string Code { get; private set; } = code;

    public string Name { get; private set; } = "";

    public UnitLevel Level { get; private set; }

    public string? ParentCode { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public int Version { get; private set; }

    /// <summary>Takes a newer version of the unit; an older or repeated one is ignored.</summary>
    public void Refresh(AdministrativeUnitChanged change)
    {
        if (change.Version > Version)
        {
            Name = change.Name;
            Level = change.Level;
            ParentCode = change.ParentCode;
            ValidFrom = change.ValidFrom;
            ValidTo = change.ValidTo;
            Version = change.Version;
        }
    }
}
