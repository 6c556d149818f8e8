namespace CaseManagement.Cases.Domain;

/// <summary>The closure reason codes the procedure itself relies on; the full list is a configurable lookup.</summary>
public static class ClosureReasons
{
    public const string SafeAndStable = "safe-stable";
    public const string Unfounded = "unfounded";
}
