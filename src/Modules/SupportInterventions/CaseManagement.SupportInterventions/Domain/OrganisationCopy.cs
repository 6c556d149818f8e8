using CaseManagement.Directory.Contracts;

namespace CaseManagement.SupportInterventions.Domain;

/// <summary>SupportInterventions' copy of a Directory organisation: the providers plan items refer
/// children to, the facilities a separated child can stay in, and which services each offers.</summary>
public sealed class OrganisationCopy
{
    private OrganisationCopy()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public OrganisationType Type { get; private set; }

    public string UnitCode { get; private set; } = "";

    /// <summary>The active services' types separated by ';'.</summary>
    public string ServiceTypes { get; private set; } = "";

    public DateOnly? ActiveFrom { get; private set; }

    public DateOnly? ActiveTo { get; private set; }

    public int Version { get; private set; }

    public static OrganisationCopy From(OrganisationChanged change)
    {
        var copy = new OrganisationCopy { Id = change.OrganisationId };
        copy.ApplyIfNewer(change);
        return copy;
    }

    public void ApplyIfNewer(OrganisationChanged change)
    {
        if (change.Version <= Version)
        {
            return;
        }

        (Name, Type, UnitCode, ActiveFrom, ActiveTo, Version) = (change.Name, change.Type, change.UnitCode, change.ActiveFrom, change.ActiveTo, change.Version);
        ServiceTypes = string.Join(';', change.Services.Where(s => s.Active).Select(s => s.Type.ToString()).Distinct());
    }

    public bool IsActiveOn(DateOnly day) => (ActiveFrom is null || ActiveFrom <= day) && (ActiveTo is null || day <= ActiveTo);

    public bool Offers(string serviceType) => ServiceTypes.Split(';').Contains(serviceType, StringComparer.Ordinal);
}
