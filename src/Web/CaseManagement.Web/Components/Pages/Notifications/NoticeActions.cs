using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Web.Account;
using CaseManagement.Web.Api;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Web.Components.Pages.Notifications;

/// <summary>What the notices page posts: open one (marked read, then where its work is), or mark them all read.</summary>
internal static class NoticeActions
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/notifications/{id:guid}/open", async (Guid id, IdentityApi identity, IAntiforgery antiforgery, HttpContext context) =>
            {
                await antiforgery.ValidateRequestAsync(context);
                await identity.ReadNotificationAsync(id, context.RequestAborted);
                var target = (await context.Request.ReadFormAsync(context.RequestAborted))["target"].ToString();
                return Results.LocalRedirect(LocalUrls.IsLocal(target) ? target : "/notifications");
            })
            .RequireAuthorization(WebAuthentication.Policy).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/notifications/read-all", async (IdentityApi identity, IAntiforgery antiforgery, HttpContext context) =>
            {
                await antiforgery.ValidateRequestAsync(context);
                await identity.ReadAllNotificationsAsync(context.RequestAborted);
                return Results.LocalRedirect("/notifications");
            })
            .RequireAuthorization(WebAuthentication.Policy).DisableAntiforgery().ExcludeFromDescription();
    }
}
