using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Identity.Audit;
using CaseManagement.Identity.Domain;
using CaseManagement.Identity.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Identity.Features.AuditTrail;

public sealed record AuditEntryResponse(
    long Id, DateTimeOffset OccurredAt, string? UserId, string? UserName, string Action, string ResourceType,
    string? ResourceId, string Outcome, int? StatusCode, string? ClientAddress, string? CorrelationId, long? ChainIndex);

/// <summary>The audit trail for administrators: search, "who has looked at this record", and the
/// chain verification. Reading the audit trail is itself audited. An administrator below the top of the
/// tree (a commune's, a district's) sees what the accounts of their area did; the province's sees all.</summary>
internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/identity/audit").WithTags("Audit").RequireAuthorization(Capabilities.AuditRead);
        audit.MapGet("/", SearchAsync).WithName("SearchAudit")
            .WithSummary("Tra cứu nhật ký truy cập / Search the audit trail").Audited("audit", "search");
        audit.MapGet("/resources/{resourceType}/{resourceId}", ForResourceAsync).WithName("AuditOfResource")
            .WithSummary("Ai đã xem hồ sơ này / Who has accessed this record").Audited("audit", "read", "resourceId");
        audit.MapGet("/verify", VerifyAsync).WithName("VerifyAudit")
            .WithSummary("Kiểm tra tính toàn vẹn của nhật ký / Verify the audit chain").Audited("audit", "verify");
    }

    private static async Task<Ok<PagedResponse<AuditEntryResponse>>> SearchAsync(
        IdentityDbContext db, Jurisdiction<IdentityDbContext> jurisdiction, string? userId, string? action, string? resourceType,
        DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, CancellationToken ct)
    {
        var entries = await VisibleAsync(db, jurisdiction, ct);
        // A range of time, both ends included: what happened on a day, in a week, around an incident.
        if (from is { } start)
        {
            var utc = start.ToUniversalTime();
            entries = entries.Where(e => e.OccurredAt >= utc);
        }

        if (to is { } end)
        {
            var utc = end.ToUniversalTime();
            entries = entries.Where(e => e.OccurredAt <= utc);
        }

        if (userId is not null)
        {
            entries = entries.Where(e => e.UserId == userId);
        }

        if (action is not null)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (resourceType is not null)
        {
            entries = entries.Where(e => e.ResourceType == resourceType);
        }

        return TypedResults.Ok(await PageAsync(entries, page, pageSize, ct));
    }

    private static async Task<Ok<PagedResponse<AuditEntryResponse>>> ForResourceAsync(
        IdentityDbContext db, Jurisdiction<IdentityDbContext> jurisdiction, string resourceType, string resourceId, int? page, int? pageSize,
        CancellationToken ct) =>
        TypedResults.Ok(await PageAsync(
            (await VisibleAsync(db, jurisdiction, ct)).Where(e => e.ResourceType == resourceType && e.ResourceId == resourceId), page, pageSize, ct));

    /// <summary>Every entry for the top of the tree; else the entries of the accounts of the caller's area.</summary>
    private static async Task<IQueryable<AuditEntry>> VisibleAsync(IdentityDbContext db, Jurisdiction<IdentityDbContext> jurisdiction, CancellationToken ct)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (await jurisdiction.IsTopLevelAsync(ct))
        {
            return entries;
        }

        var area = (await jurisdiction.UnitCodesAsync(ct)).ToList();
        var accounts = (await db.Users.AsNoTracking().Where(u => area.Contains(u.UnitCode)).Select(u => u.Id).ToListAsync(ct))
            .Select(id => id.ToString()).ToList();
        return entries.Where(e => e.UserId != null && accounts.Contains(e.UserId));
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(AuditSealer sealer, AuditVerifier verifier, CancellationToken ct)
    {
        await sealer.SealPendingAsync(ct);
        return TypedResults.Ok(await verifier.VerifyAsync(ct));
    }

    private static async Task<PagedResponse<AuditEntryResponse>> PageAsync(IQueryable<AuditEntry> entries, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, size) = (Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 100, 1, 1000));
        var total = await entries.CountAsync(ct);
        var items = await entries.OrderByDescending(e => e.Id).Skip(Paging.Offset(p, size)).Take(size)
            .Select(e => new AuditEntryResponse(e.Id, e.OccurredAt, e.UserId, e.UserName, e.Action, e.ResourceType,
                e.ResourceId, e.Outcome, e.StatusCode, e.ClientAddress, e.CorrelationId, e.ChainIndex))
            .ToListAsync(ct);
        return new PagedResponse<AuditEntryResponse>(items, total, p, size);
    }
}
