using CaseManagement.Directory.Contracts;

namespace CaseManagement.SupportInterventions.Domain;

/// <summary>A version of a Directory unit, as far as jurisdiction and deadlines need it: its parent,
/// the units it merged into, its level and whether it is remote.</summary>
public sealed class UnitCopy(Guid unitId, string code)
{
    public Guid UnitId { get; private set; } = unitId;

    public string Code { get; private set; } = code;

    public UnitLevel Level { get; private set; }

    public string? ParentCode { get; private set; }

    /// <summary>Codes separated by ';'.</summary>
    public string SuccessorCodes { get; private set; } = "";

    public bool Remote { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public int Version { get; private set; }

    public void Apply(AdministrativeUnitChanged change)
    {
        if (change.Version > Version)
        {
            (Level, ParentCode, Remote, ValidFrom, ValidTo, Version) =
                (change.Level, change.ParentCode, change.Remote, change.ValidFrom, change.ValidTo, change.Version);
            SuccessorCodes = string.Join(';', change.SuccessorCodes);
        }
    }
}
