using CaseManagement.Web.Account;
using CaseManagement.Web.Api;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Web.Components.Pages.Admin;

/// <summary>What the users page posts: lock or unlock an account, then back to the list saying what was done.</summary>
internal static class UserActions
{
    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (action, locked) in new[] { ("lock", true), ("unlock", false) })
        {
            app.MapPost($"/admin/users/{{id:guid}}/{action}", async (Guid id, AdminApi admin, IAntiforgery antiforgery, HttpContext context) =>
                {
                    await antiforgery.ValidateRequestAsync(context);
                    await admin.LockAsync(id, locked, context.RequestAborted);
                    return Results.LocalRedirect($"/admin/users?done={(locked ? "locked" : "unlocked")}");
                })
                .RequireAuthorization(WebAuthentication.Policy).DisableAntiforgery().ExcludeFromDescription();
        }
    }
}
