using CaseManagement.Identity.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Identity.Tokens;

/// <summary>
/// Whether a user's account is still as it was when their token was issued: not locked, and with the
/// same security stamp (changed by a change of roles, unit, password, or a lock). Read from the store
/// at most every <see cref="CheckEvery"/> per account, and at once on this instance after an
/// administrator changed the account, so a locked or moved user is refused within a minute everywhere.
/// </summary>
public sealed class AccountStamps(IServiceScopeFactory scopes, IMemoryCache cache, TimeProvider clock)
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(30);

    private sealed record Account(string? Stamp, DateTimeOffset? LockedUntil);

    public async Task<bool> IsCurrentAsync(Guid userId, string stamp, CancellationToken ct)
    {
        if (!cache.TryGetValue((nameof(AccountStamps), userId), out Account? account))
        {
            await using var scope = scopes.CreateAsyncScope();
            account = await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Users.AsNoTracking()
                .Where(u => u.Id == userId).Select(u => new Account(u.SecurityStamp, u.LockoutEnd)).SingleOrDefaultAsync(ct);
            cache.Set((nameof(AccountStamps), userId), account, CheckEvery);
        }

        return account is not null && account.Stamp == stamp && (account.LockedUntil is null || account.LockedUntil <= clock.GetUtcNow());
    }

    /// <summary>The account changed here: check it afresh at its next request.</summary>
    public void Forget(Guid userId) => cache.Remove((nameof(AccountStamps), userId));
}
