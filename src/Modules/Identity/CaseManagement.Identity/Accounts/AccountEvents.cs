using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Identity.Contracts;
using CaseManagement.Identity.Persistence;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Identity.Accounts;

/// <summary>Queues an account's <see cref="UserAccountChanged"/> in Identity's outbox, to be saved with the change.</summary>
internal sealed class AccountEvents(IdentityDbContext db, UserManager<User> users, TimeProvider clock)
{
    public async Task QueueAsync(User user)
    {
        var now = clock.GetUtcNow();
        var active = user.LockoutEnd is not { } until || until <= now;
        db.AddIntegrationEvent(new UserAccountChanged(user.Id, user.UnitCode, [.. await users.GetRolesAsync(user)], active, now.UtcTicks, now), now);
    }
}
