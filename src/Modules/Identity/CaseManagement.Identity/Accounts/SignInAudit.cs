using CaseManagement.BuildingBlocks.Security;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Identity.Accounts;

/// <summary>How a sign-in attempt is written to the audit trail, wherever it happens (token endpoint, sign-in page).</summary>
internal static class SignInAudit
{
    public static AuditRecord For(SignInResult result, string? userId, string? userName, int status) => new(
        result.Succeeded ? "sign-in" : "sign-in-failed",
        "session",
        userName,
        result.Succeeded ? AuditOutcomes.Success : result.IsLockedOut ? "locked_out" : AuditOutcomes.Denied,
        status,
        userId,
        userName);
}
