using CaseManagement.BuildingBlocks;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Identity.Domain;
using CaseManagement.Identity.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Identity.Audit;

/// <summary>Writes audit entries at once, in their own small transaction (never in the caller's,
/// so a failed request is still recorded); the sealer chains them in batches every few seconds.</summary>
internal sealed class AuditTrail(
    IServiceScopeFactory scopeFactory,
    IHttpContextAccessor httpContext,
    ICurrentUser currentUser,
    TimeProvider clock) : IAuditTrail
{
    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        var entry = AuditEntry.Record(
            clock.GetUtcNow(),
            record.UserId ?? currentUser.Id,
            record.UserName ?? currentUser.Name,
            record.Action,
            record.ResourceType,
            record.ResourceId,
            record.Outcome,
            record.StatusCode,
            httpContext.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            CorrelationContext.Current);
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }
}
