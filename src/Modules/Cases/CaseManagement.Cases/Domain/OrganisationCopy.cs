using CaseManagement.Directory.Contracts;

namespace CaseManagement.Cases.Domain;

/// <summary>Cases' copy of a Directory organisation: the police units referrals are addressed to,
/// and the bodies that receive reports.</summary>
public sealed class OrganisationCopy
{
    private OrganisationCopy()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public OrganisationType Type { get; private set; }

    public string UnitCode { get; private set; } = "";

    /// <summary>Codes separated by ';' (the organisation's own unit included).</summary>
    public string ServedUnitCodes { get; private set; } = "";

    public DateOnly? ActiveFrom { get; private set; }

    public DateOnly? ActiveTo { get; private set; }

    public int Version { get; private set; }

    public static OrganisationCopy From(OrganisationChanged change)
    {
        var copy = new OrganisationCopy { Id = change.OrganisationId };
        copy.ApplyIfNewer(change);
        return copy;
    }

    public bool ApplyIfNewer(OrganisationChanged change)
    {
        if (change.Version <= Version)
        {
            return false;
        }

        (Name, Type, UnitCode, ActiveFrom, ActiveTo, Version) =
            (change.Name, change.Type, change.UnitCode, change.ActiveFrom, change.ActiveTo, change.Version);
        ServedUnitCodes = string.Join(';', change.ServedUnitCodes.Append(change.UnitCode).Distinct());
        return true;
    }
}
