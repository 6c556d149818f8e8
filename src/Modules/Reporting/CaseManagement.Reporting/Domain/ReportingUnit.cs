using CaseManagement.Directory.Contracts;

namespace CaseManagement.Reporting.Domain;

/// <summary>A version of a unit as Reporting needs it for roll-ups: code, tier, parent, validity
/// and the successors its records count toward after a merger.</summary>
public sealed class ReportingUnit(Guid unitId, string code)
{
    /// <summary>The Directory's id of this version.</summary>
    public Guid UnitId { get; private set; } = unitId;

    public string Code { get; private set; } = code;

    public string Name { get; private set; } = "";

    public UnitLevel Level { get; private set; }

    public string? ParentCode { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    /// <summary>Codes separated by ';'.</summary>
    public string SuccessorCodes { get; private set; } = "";

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
            SuccessorCodes = string.Join(';', change.SuccessorCodes);
            Version = change.Version;
        }
    }
}
