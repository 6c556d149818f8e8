using CaseManagement.Directory.Contracts;

namespace CaseManagement.Identity.Accounts;

/// <summary>Identity's copy of a Directory staff record, so that an account can be linked to the
/// person it belongs to (their function, unit and active period).</summary>
public sealed class StaffCopy(Guid staffId)
{
    public Guid StaffId { get; private set; } = staffId;

    public string FullName { get; private set; } = "";

    public Guid OrganisationId { get; private set; }

    public string UnitCode { get; private set; } = "";

    public StaffFunction Function { get; private set; }

    public DateOnly? ActiveFrom { get; private set; }

    public DateOnly? ActiveTo { get; private set; }

    public int Version { get; private set; }

    public bool IsActiveOn(DateOnly day) => (ActiveFrom is null || ActiveFrom <= day) && (ActiveTo is null || day <= ActiveTo);

    public void Apply(StaffChanged change)
    {
        if (change.Version > Version)
        {
            (FullName, OrganisationId, UnitCode, Function, ActiveFrom, ActiveTo, Version) =
                (change.FullName, change.OrganisationId, change.UnitCode, change.Function, change.ActiveFrom, change.ActiveTo, change.Version);
        }
    }
}
