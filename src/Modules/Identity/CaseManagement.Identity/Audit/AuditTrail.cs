using CaseManagement.BuildingBlocks;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Identity.Domain;
using Microsoft.AspNetCore.Http;

namespace CaseManagement.Identity.Audit;

/// <summary>Writes audit entries at once, in their own transaction (never in the caller's, so a failed
/// request is still recorded), shared with the entries of concurrent requests (<see cref="AuditBatchWriter"/>);
/// the sealer chains them in batches every few seconds.</summary>
internal sealed class AuditTrail(
    AuditBatchWriter writer,
    IHttpContextAccessor httpContext,
    ICurrentUser currentUser,
    TimeProvider clock) : IAuditTrail
{
    public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken)
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
        return writer.WriteAsync(entry).WaitAsync(cancellationToken);
    }
}
