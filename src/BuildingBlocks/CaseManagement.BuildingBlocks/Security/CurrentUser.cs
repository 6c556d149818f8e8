using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CaseManagement.BuildingBlocks.Security;

/// <summary>Who is calling, as the token says. Anonymous when there is no signed-in user.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The user's id (for a system integration: its client id).</summary>
    string? Id { get; }

    string? Name { get; }

    /// <summary>The unit whose subtree is the caller's jurisdiction.</summary>
    string? UnitCode { get; }

    /// <summary>The organisation the user works for, when their account is linked to a staff record.</summary>
    Guid? OrganisationId { get; }

    bool IsInRole(string role);
}

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? Id => Principal?.FindFirstValue("sub") ?? Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? Name => Principal?.FindFirstValue("name") ?? Principal?.Identity?.Name;

    public string? UnitCode => Principal?.FindFirstValue(CaseManagementClaims.Unit);

    public Guid? OrganisationId => Guid.TryParse(Principal?.FindFirstValue(CaseManagementClaims.Organisation), out var id) ? id : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
