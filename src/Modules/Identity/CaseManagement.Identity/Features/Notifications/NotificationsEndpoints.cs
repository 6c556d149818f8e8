using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Identity.Notifications;
using CaseManagement.Identity.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Identity.Features.Notifications;

/// <summary>A notice as its reader sees it: what to do in words, on which case (by number), and whether it is read.</summary>
public sealed record NotificationResponse(
    Guid Id, string Kind, string Title, Guid CaseId, string? CaseNumber, Guid? SubjectId, string UnitCode, DateTimeOffset? DueAt,
    DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record UnreadCountResponse(int Count);

/// <summary><c>/api/identity/notifications</c>: the caller's own notices, the latest first; read one or all.</summary>
internal static class NotificationsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/identity/notifications").RequireAuthorization(Capabilities.AccountSelf).WithTags("Notifications");
        group.MapGet("", ListAsync).WithName("ListNotifications").WithSummary("Thông báo của tôi / My notifications");
        group.MapGet("/unread-count", UnreadAsync).WithName("CountUnreadNotifications").WithSummary("Số thông báo chưa đọc / Unread notifications");
        group.MapPost("/{id:guid}/read", ReadAsync).WithName("ReadNotification").WithSummary("Đánh dấu đã đọc / Mark as read");
        group.MapPost("/read-all", ReadAllAsync).WithName("ReadAllNotifications").WithSummary("Đánh dấu tất cả đã đọc / Mark all as read");
    }

    /// <summary>How many of the caller's notices are unread: asked on every page, so one indexed count.</summary>
    public static Task<int> UnreadCountAsync(IdentityDbContext db, Guid userId, CancellationToken ct) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    private static async Task<Ok<PagedResponse<NotificationResponse>>> ListAsync(
        ICurrentUser caller, IdentityDbContext db, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, size) = (Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 20, 1, 100));
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == UserId(caller));
        var total = await mine.CountAsync(ct);
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(Paging.Offset(p, size)).Take(size).ToListAsync(ct);
        var numbers = await NoticeWords.NumbersAsync(db, items, ct);
        return TypedResults.Ok(new PagedResponse<NotificationResponse>([.. items.Select(n => View(n, NoticeWords.Number(n, numbers)))], total, p, size));
    }

    private static async Task<Ok<UnreadCountResponse>> UnreadAsync(ICurrentUser caller, IdentityDbContext db, CancellationToken ct) =>
        TypedResults.Ok(new UnreadCountResponse(await UnreadCountAsync(db, UserId(caller), ct)));

    private static async Task<Results<NoContent, NotFound>> ReadAsync(Guid id, ICurrentUser caller, IdentityDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var notice = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == UserId(caller), ct);
        if (notice is null)
        {
            return TypedResults.NotFound();
        }

        notice.Read(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReadAllAsync(ICurrentUser caller, IdentityDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var userId = UserId(caller);
        await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), ct);
        return TypedResults.NoContent();
    }

    private static NotificationResponse View(Notification n, string? number) => new(
        n.Id, n.Kind, NoticeWords.Title(n, number), n.CaseId, number, n.SubjectId, n.UnitCode, n.DueAt, n.CreatedAt, n.ReadAt);

    private static Guid UserId(ICurrentUser caller) => Guid.TryParse(caller.Id, out var id) ? id : Guid.Empty;
}
