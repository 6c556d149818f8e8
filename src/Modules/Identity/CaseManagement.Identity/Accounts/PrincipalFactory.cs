using System.Security.Claims;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Identity.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CaseManagement.Identity.Accounts;

/// <summary>Builds the principal OpenIddict turns into tokens: subject, name, roles, unit and the
/// organisation of the linked staff record, read fresh from the store each time (so a role change or a lock takes effect at the next refresh).</summary>
internal sealed class PrincipalFactory(UserManager<User> users, IdentityDbContext db)
{
    public async Task<ClaimsPrincipal> ForUserAsync(User user, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.UserName)
            .SetClaim(CaseManagementClaims.Unit, user.UnitCode)
            .SetClaim(CaseManagementClaims.AccountStamp, user.SecurityStamp)
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        if (user.StaffId is { } staffId
            && await db.Staff.AsNoTracking().Where(s => s.StaffId == staffId).Select(s => (Guid?)s.OrganisationId).SingleOrDefaultAsync() is { } organisationId)
        {
            identity.SetClaim(CaseManagementClaims.Organisation, organisationId.ToString());
        }

        return Finish(identity, scopes);
    }

    public static ClaimsPrincipal ForClient(string clientId, string? displayName, string unitCode, IEnumerable<string> roles, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Name, displayName ?? clientId)
            .SetClaim(CaseManagementClaims.Unit, unitCode)
            .SetClaims(Claims.Role, [.. roles]);
        return Finish(identity, scopes);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetDestinations(claim => claim.Type is Claims.Name or Claims.Role or CaseManagementClaims.Unit
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
