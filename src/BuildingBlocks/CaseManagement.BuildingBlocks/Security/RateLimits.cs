namespace CaseManagement.BuildingBlocks.Security;

/// <summary>Named rate-limit policies; the Host defines their limits.</summary>
public static class RateLimits
{
    /// <summary>Token and sign-in endpoints, per client address.</summary>
    public const string SignIn = "sign-in";
}
