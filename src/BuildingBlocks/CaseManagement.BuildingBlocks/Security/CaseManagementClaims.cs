namespace CaseManagement.BuildingBlocks.Security;

/// <summary>Claim types the system puts in its tokens beside the standard ones (sub, name, role).</summary>
public static class CaseManagementClaims
{
    /// <summary>Code of the administrative unit the user belongs to: the root of their jurisdiction.</summary>
    public const string Unit = "unit";

    /// <summary>Id of the Directory organisation the user works for, from their linked staff record
    /// (a service provider sees the referrals addressed to it).</summary>
    public const string Organisation = "org";

    /// <summary>The account's security stamp when the token was issued: a change of the account (lock,
    /// roles, unit, password) changes the stamp, and tokens carrying the old one are refused.</summary>
    public const string AccountStamp = "stamp";
}
