using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Identity.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Identity.Features.Me;

public sealed record MeUnit(string Code, string? Name);

public sealed record MeStaff(Guid StaffId, string FullName, string Function, Guid OrganisationId);

/// <summary>Who the caller is, as a client shows it: name, unit, roles, the capabilities those roles grant,
/// the staff record the account is linked to, and how many notices are unread (the bell on every page).</summary>
public sealed record MeResponse(
    string Id, string? UserName, string? FullName, MeUnit? Unit, IReadOnlyList<string> Roles, IReadOnlyList<string> Capabilities, MeStaff? Staff,
    int UnreadNotifications);

/// <summary><c>GET /api/identity/me</c>: for any signed-in caller, people and integrations alike.</summary>
internal static class MeEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/identity/me", GetAsync).RequireAuthorization(Capabilities.AccountSelf).WithTags("Users")
            .WithName("GetMe").WithSummary("Người dùng hiện tại / The signed-in user");

    private static async Task<Ok<MeResponse>> GetAsync(ICurrentUser caller, IdentityDbContext db, CancellationToken ct)
    {
        var roles = Roles.All.Where(caller.IsInRole).ToList();
        var capabilities = Capabilities.GrantedTo.Keys.Where(c => Capabilities.Grants(c, caller.IsInRole)).Order(StringComparer.Ordinal).ToList();
        var unit = caller.UnitCode is null ? null
            : new MeUnit(caller.UnitCode, await db.Units.Where(u => u.Code == caller.UnitCode).OrderByDescending(u => u.Version).Select(u => u.Name).FirstOrDefaultAsync(ct));
        var user = Guid.TryParse(caller.Id, out var userId)
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.UserName, u.FullName, u.StaffId }).SingleOrDefaultAsync(ct)
            : null;
        var staff = user?.StaffId is { } staffId
            ? await db.Staff.AsNoTracking().Where(s => s.StaffId == staffId)
                .Select(s => new MeStaff(s.StaffId, s.FullName, s.Function.ToString(), s.OrganisationId)).SingleOrDefaultAsync(ct)
            : null;
        var unread = user is null ? 0 : await Features.Notifications.NotificationsEndpoints.UnreadCountAsync(db, userId, ct);
        return TypedResults.Ok(new MeResponse(caller.Id!, user?.UserName, user?.FullName ?? caller.Name, unit, roles, capabilities, staff, unread));
    }
}
