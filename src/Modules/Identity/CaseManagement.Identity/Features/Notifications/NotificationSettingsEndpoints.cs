using System.Net.Mail;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Identity.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Identity.Features.Notifications;

/// <summary>Whether one's notices also go by e-mail, and to which address. Off until the person asks for it.</summary>
public sealed record NotificationSettings(string? Email, bool EmailNotifications);

internal sealed class NotificationSettingsValidator : AbstractValidator<NotificationSettings>
{
    public NotificationSettingsValidator()
    {
        RuleFor(s => s.Email).NotEmpty().When(s => s.EmailNotifications).WithMessage(_ => IdentityText.Messages["Notices.EmailRequired"]);
        RuleFor(s => s.Email).MaximumLength(254).Must(e => MailAddress.TryCreate(e, out var parsed) && parsed.Address == e!.Trim())
            .When(s => !string.IsNullOrWhiteSpace(s.Email)).WithMessage(_ => IdentityText.Messages["Notices.EmailInvalid"]);
    }
}

/// <summary><c>/api/identity/me/notification-settings</c>: the caller's own choice, read and changed.</summary>
internal static class NotificationSettingsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/identity/me/notification-settings").RequireAuthorization(Capabilities.AccountSelf).WithTags("Notifications");
        group.MapGet("", GetAsync).WithName("GetNotificationSettings").WithSummary("Cách nhận thông báo / How I am notified");
        group.MapPut("", SetAsync).WithName("SetNotificationSettings").WithSummary("Đổi cách nhận thông báo / Change how I am notified")
            .Validate<NotificationSettings>();
    }

    private static async Task<Results<Ok<NotificationSettings>, NotFound>> GetAsync(ICurrentUser caller, IdentityDbContext db, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Id == UserId(caller)).Select(u => new NotificationSettings(u.Email, u.EmailNotifications))
            .SingleOrDefaultAsync(ct) is { } settings ? TypedResults.Ok(settings) : TypedResults.NotFound();

    private static async Task<Results<Ok<NotificationSettings>, NotFound>> SetAsync(
        NotificationSettings request, ICurrentUser caller, IdentityDbContext db, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == UserId(caller), ct);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        var email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim();
        if (email != user.Email)
        {
            (user.Email, user.NormalizedEmail, user.EmailConfirmed) = (email, email?.ToUpperInvariant(), false);
        }

        user.EmailNotifications = request.EmailNotifications;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new NotificationSettings(user.Email, user.EmailNotifications));
    }

    private static Guid UserId(ICurrentUser caller) => Guid.TryParse(caller.Id, out var id) ? id : Guid.Empty;
}
