using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Identity.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Identity.Features.Colleagues;

/// <summary>A person of the caller's own unit, as a case's assignee is picked: name and roles, nothing more.</summary>
public sealed record Colleague(Guid Id, string FullName, IReadOnlyList<string> Roles);

/// <summary><c>GET /api/identity/colleagues</c>: the open accounts of the caller's unit, for those who assign cases.</summary>
internal static class ColleaguesEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/identity/colleagues", ListAsync).RequireAuthorization(Capabilities.CasesWrite).WithTags("Users")
            .WithName("ListColleagues").WithSummary("Cán bộ cùng đơn vị / The people of my unit");

    private static async Task<Ok<List<Colleague>>> ListAsync(ICurrentUser caller, IdentityDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var people = await db.Users.AsNoTracking()
            .Where(u => u.UnitCode == caller.UnitCode && (u.LockoutEnd == null || u.LockoutEnd < now))
            .Select(u => new
            {
                u.Id,
                u.FullName,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name!).ToList(),
            })
            .OrderBy(u => u.FullName)
            .ToListAsync(ct);
        return TypedResults.Ok(people.Select(p => new Colleague(p.Id, p.FullName, p.Roles)).ToList());
    }
}
