using CaseManagement.Identity.Contracts;

namespace CaseManagement.Cases.Domain;

/// <summary>Cases' copy of an account (from Identity's events): whom a case may be assigned to.</summary>
public sealed class AccountCopy
{
    private AccountCopy()
    {
    }

    public Guid UserId { get; private set; }

    public string UnitCode { get; private set; } = "";

    /// <summary>The account's roles, separated by ';'.</summary>
    public string Roles { get; private set; } = "";

    public bool Active { get; private set; }

    public long Version { get; private set; }

    public bool HasRole(string role) => Roles.Split(';').Contains(role, StringComparer.Ordinal);

    public static AccountCopy From(UserAccountChanged change)
    {
        var copy = new AccountCopy { UserId = change.UserId, Version = long.MinValue };
        copy.ApplyIfNewer(change);
        return copy;
    }

    public void ApplyIfNewer(UserAccountChanged change)
    {
        if (change.Version <= Version)
        {
            return;
        }

        (UnitCode, Roles, Active, Version) = (change.UnitCode, string.Join(';', change.Roles), change.Active, change.Version);
    }
}
