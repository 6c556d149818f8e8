using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Identity.Seeding;

/// <summary>
/// The operator's way in on a new installation, where no one can sign in yet: an administrator at the
/// province (or system) unit, created by the Host's command <c>identity create-admin</c>. It refuses to
/// make a second account of the same name; later administrators are created through the API.
/// </summary>
internal sealed class FirstAdministrator(UserManager<User> users, AccountEvents events, Persistence.IdentityDbContext db)
{
    /// <summary>Null when created; else why not (in the words of ASP.NET Core Identity's checks).</summary>
    public async Task<string?> CreateAsync(string userName, string fullName, string unitCode, string password)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return $"an account named {userName} already exists";
        }

        var user = new User { UserName = userName, FullName = fullName, UnitCode = unitCode, LockoutEnabled = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return string.Join("; ", created.Errors.Select(e => e.Description));
        }

        var role = await users.AddToRoleAsync(user, Roles.Admin);
        if (!role.Succeeded)
        {
            return string.Join("; ", role.Errors.Select(e => e.Description));
        }

        await events.QueueAsync(user);
        await db.SaveChangesAsync();
        return null;
    }
}
