using CaseManagement.Directory.Contracts;

namespace CaseManagement.Directory.Domain;

/// <summary>
/// A person who does the work: a commune's child-protection officer, its chair, a police liaison,
/// a village collaborator (with the village they cover), a hotline operator, a manager.
/// </summary>
public sealed class StaffMember
{
    private StaffMember()
    {
    }

    public Guid Id { get; private set; }

    public string FullName { get; private set; } = "";

    public Guid OrganisationId { get; private set; }

    public string UnitCode { get; private set; } = "";

    public string? Position { get; private set; }

    public StaffFunction Function { get; private set; }

    /// <summary>For a village collaborator: the village (thôn, tổ dân phố) they cover.</summary>
    public string? VillageCode { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public ActivePeriod Active { get; private set; }

    public int Version { get; private set; }

    public static StaffMember Create(StaffDetails details)
    {
        var staff = new StaffMember { Id = Guid.CreateVersion7() };
        staff.Update(details);
        return staff;
    }

    public void Update(StaffDetails details)
    {
        (FullName, OrganisationId, UnitCode, Position, Function, VillageCode, Phone, Email, Active) =
            (details.FullName, details.OrganisationId, details.UnitCode, details.Position, details.Function,
             details.Function == StaffFunction.VillageCollaborator ? details.VillageCode : null, details.Phone, details.Email, details.Active);
        Version++;
    }
}

public sealed record StaffDetails(
    string FullName,
    Guid OrganisationId,
    string UnitCode,
    string? Position,
    StaffFunction Function,
    string? VillageCode,
    string? Phone,
    string? Email,
    ActivePeriod Active);
