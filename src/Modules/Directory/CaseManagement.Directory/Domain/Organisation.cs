using CaseManagement.Directory.Contracts;

namespace CaseManagement.Directory.Domain;

/// <summary>How to reach an organisation.</summary>
public sealed record OrganisationContact(string? Address, string? Phone, string? Email, string? ContactPerson, string? Hours);

/// <summary>
/// A body that acts for children: a People's Committee, police, a health station, a school, a social
/// work centre, a shelter … seated in one unit and serving a set of units (a district hospital
/// serves every commune of its district through the district's code).
/// </summary>
public sealed class Organisation
{
    private readonly List<ServiceOffering> services = [];
    private string servedUnitCodes = "";

    private Organisation()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public OrganisationType Type { get; private set; }

    /// <summary>Where it is seated.</summary>
    public string UnitCode { get; private set; } = "";

    /// <summary>The units it serves; everything below them is reached too.</summary>
    public IReadOnlyList<string> ServedUnitCodes => UnitCodes.Split(servedUnitCodes);

    public OrganisationContact Contact { get; private set; } = new(null, null, null, null, null);

    public ActivePeriod Active { get; private set; }

    public IReadOnlyList<ServiceOffering> Services => services;

    public int Version { get; private set; }

    public static Organisation Create(OrganisationDetails details)
    {
        var organisation = new Organisation { Id = Guid.CreateVersion7() };
        organisation.Update(details);
        return organisation;
    }

    /// <summary>Takes the new details; services named by an existing id are changed, others added,
    /// and those left out are kept but made inactive (plans may still refer to them).</summary>
    public void Update(OrganisationDetails details)
    {
        (Name, Type, UnitCode, Contact, Active) = (details.Name, details.Type, details.UnitCode, details.Contact, details.Active);
        servedUnitCodes = UnitCodes.Join(details.ServedUnitCodes.Append(details.UnitCode));
        var kept = new HashSet<Guid>();
        foreach (var service in details.Services)
        {
            var existing = service.Id is { } id ? services.Find(s => s.Id == id) : null;
            if (existing is null)
            {
                existing = new ServiceOffering(Guid.CreateVersion7());
                services.Add(existing);
            }

            existing.Update(service);
            kept.Add(existing.Id);
        }

        foreach (var dropped in services.Where(s => !kept.Contains(s.Id)))
        {
            dropped.Deactivate();
        }

        Version++;
    }

    /// <summary>How far the organisation is from a unit whose ancestors are given nearest first:
    /// 0 when it serves the unit itself, 1 its parent …; null when it does not reach it.</summary>
    public int? DistanceTo(IReadOnlyList<string> unitAndAncestors)
    {
        var served = ServedUnitCodes;
        for (var i = 0; i < unitAndAncestors.Count; i++)
        {
            if (served.Contains(unitAndAncestors[i], StringComparer.Ordinal))
            {
                return i;
            }
        }

        return null;
    }
}

/// <summary>What a create or update request says an organisation is.</summary>
public sealed record OrganisationDetails(
    string Name,
    OrganisationType Type,
    string UnitCode,
    IReadOnlyList<string> ServedUnitCodes,
    OrganisationContact Contact,
    ActivePeriod Active,
    IReadOnlyList<ServiceDetails> Services);

public sealed record ServiceDetails(Guid? Id, ServiceType Type, string Name, string? EligibilityNotes, int? Capacity, bool Available24x7, bool Active);

/// <summary>A service an organisation provides, with who is eligible, how many it can take and whether it runs day and night.</summary>
public sealed class ServiceOffering(Guid id)
{
    public const int MaxNotesLength = 1000;

    public Guid Id { get; private set; } = id;

    public ServiceType Type { get; private set; }

    public string Name { get; private set; } = "";

    public string? EligibilityNotes { get; private set; }

    public int? Capacity { get; private set; }

    public bool Available24x7 { get; private set; }

    public bool Active { get; private set; }

    internal void Update(ServiceDetails details) =>
        (Type, Name, EligibilityNotes, Capacity, Available24x7, Active) =
        (details.Type, details.Name, details.EligibilityNotes, details.Capacity, details.Available24x7, details.Active);

    internal void Deactivate() => Active = false;
}
