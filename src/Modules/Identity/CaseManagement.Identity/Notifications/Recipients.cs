using CaseManagement.Identity.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Identity.Notifications;

/// <summary>The people an audience names, as user ids. Asked once per audience within a batch of events; the audiences of
/// units (the usual case: a commune's social workers) are read for the whole batch in one query.</summary>
internal sealed class Recipients(IdentityDbContext db)
{
    private readonly Dictionary<Audience, IReadOnlyList<Guid>> found = new(AudienceComparer.Instance);

    public async Task PrefetchAsync(IEnumerable<Audience> audiences, CancellationToken ct)
    {
        var inUnits = audiences.Where(a => a.OrganisationId is null && !a.UnitsAbove && !found.ContainsKey(a)).Distinct(AudienceComparer.Instance).ToList();
        if (inUnits.Count == 0)
        {
            return;
        }

        var units = inUnits.Select(a => a.UnitCode!).Distinct().ToList();
        var roles = inUnits.SelectMany(a => a.Roles).Distinct().ToList();
        var people = await (from user in db.Users
                            where units.Contains(user.UnitCode)
                            join held in db.UserRoles on user.Id equals held.UserId
                            join role in db.Roles on held.RoleId equals role.Id
                            where roles.Contains(role.Name!)
                            select new { user.Id, user.UnitCode, Role = role.Name! }).ToListAsync(ct);
        var byUnit = people.ToLookup(p => p.UnitCode);
        foreach (var audience in inUnits)
        {
            found[audience] = [.. byUnit[audience.UnitCode!].Where(p => audience.Roles.Contains(p.Role)).Select(p => p.Id).Distinct()];
        }
    }

    public async Task<IReadOnlyList<Guid>> OfAsync(Audience audience, CancellationToken ct)
    {
        if (found.TryGetValue(audience, out var users))
        {
            return users;
        }

        var roleIds = db.Roles.Where(r => audience.Roles.Contains(r.Name!)).Select(r => r.Id);
        var inRoles = db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
        if (audience.OrganisationId is { } organisation)
        {
            inRoles = inRoles.Where(u => db.Staff.Any(s => s.StaffId == u.StaffId && s.OrganisationId == organisation));
        }
        else
        {
            var units = audience.UnitsAbove ? await UnitAndAboveAsync(audience.UnitCode!, ct) : [audience.UnitCode!];
            inRoles = inRoles.Where(u => units.Contains(u.UnitCode));
        }

        return found[audience] = await inRoles.Select(u => u.Id).ToListAsync(ct);
    }

    private async Task<List<string>> UnitAndAboveAsync(string code, CancellationToken ct)
    {
        var chain = new List<string>();
        for (string? next = code; next is not null && !chain.Contains(next) && chain.Count < 6;)
        {
            chain.Add(next);
            var current = next;
            next = await db.Units.Where(u => u.Code == current).OrderByDescending(u => u.Version).Select(u => u.ParentCode).FirstOrDefaultAsync(ct);
        }

        return chain;
    }

    private sealed class AudienceComparer : IEqualityComparer<Audience>
    {
        public static readonly AudienceComparer Instance = new();

        public bool Equals(Audience? x, Audience? y) =>
            x is not null && y is not null && x.UnitCode == y.UnitCode && x.UnitsAbove == y.UnitsAbove && x.OrganisationId == y.OrganisationId
            && x.Roles.SequenceEqual(y.Roles);

        public int GetHashCode(Audience a) => HashCode.Combine(a.UnitCode, a.UnitsAbove, a.OrganisationId, string.Join(',', a.Roles));
    }
}
