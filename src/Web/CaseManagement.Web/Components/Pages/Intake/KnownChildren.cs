using CaseManagement.Web.Account;
using CaseManagement.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Web.Components.Pages.Intake;

/// <summary><c>GET /reports/known-children</c>: the duplicate check as the name is typed, for the report form's script. It
/// answers what the API answers this user (initials for the hotline), reduced to what the hint shows; never cached.</summary>
internal static class KnownChildren
{
    public sealed record Hint(string DisplayName, int? BirthYear, IReadOnlyList<string> Cases);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/reports/known-children", async (
                string? fullName, string? dateOfBirth, int? estimatedAge, string? sex, string? residence, IntakeApi intake, CurrentPerson person,
                HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "no-store";
                if (!(await person.GetAsync(context.RequestAborted)).Can("cases.duplicates"))
                {
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }

                if (Typed.Blank(fullName) is not { Length: >= 3 } name)
                {
                    return Results.Json(Array.Empty<Hint>());
                }

                var query = new { fullName = name, dateOfBirth = Typed.Blank(dateOfBirth), estimatedAge, sex = Typed.Blank(sex), residenceUnitCode = Typed.Blank(residence) };
                try
                {
                    var found = await intake.DuplicatesAsync(query, context.RequestAborted);
                    return Results.Json(found.Select(c => new Hint(c.DisplayName, c.BirthYear, [.. c.Cases.Select(k => k.Number)])).ToList());
                }
                catch (ApiProblemException)
                {
                    return Results.Json(Array.Empty<Hint>()); // a half-typed date the API refuses: no hint yet
                }
            })
            .RequireAuthorization(WebAuthentication.Policy).ExcludeFromDescription();
}
