using System.Security.Cryptography;
using CaseManagement.Identity.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Identity.Sessions;

/// <summary>Keeps the web application's authentication tickets in the identity database (ADR 18): the
/// tokens never leave the server, the cookie stays a few hundred bytes, and a session made through one
/// Host instance is read by another. Expired sessions are removed as new ones start.</summary>
internal sealed class SessionTicketStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock) : ITicketStore
{
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    private readonly IDataProtector protector = protection.CreateProtector("CaseManagement.Identity.WebSessions");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var now = clock.GetUtcNow();
        await db.WebSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync();
        db.WebSessions.Add(new WebSession { Key = key, UserId = UserIdOf(ticket), Ticket = Protect(ticket), ExpiresAt = ExpiresAt(ticket) });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var session = await db.WebSessions.FindAsync(key);
        if (session is null)
        {
            db.WebSessions.Add(new WebSession { Key = key, UserId = UserIdOf(ticket), Ticket = Protect(ticket), ExpiresAt = ExpiresAt(ticket) });
        }
        else
        {
            session.UserId = UserIdOf(ticket);
            session.Ticket = Protect(ticket);
            session.ExpiresAt = ExpiresAt(ticket);
        }

        await db.SaveChangesAsync();
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var session = await db.WebSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key);
        if (session is null || session.ExpiresAt < clock.GetUtcNow())
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(protector.Unprotect(session.Ticket));
        }
        catch (CryptographicException)
        {
            return null; // A key that has left the ring: the user signs in again.
        }
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        await db.WebSessions.Where(s => s.Key == key).ExecuteDeleteAsync();
    }

    private byte[] Protect(AuthenticationTicket ticket) => protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static string UserIdOf(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirst("sub")?.Value ?? ticket.Principal.Identity?.Name ?? "";

    private DateTimeOffset ExpiresAt(AuthenticationTicket ticket) => ticket.Properties.ExpiresUtc ?? clock.GetUtcNow() + DefaultLifetime;
}
