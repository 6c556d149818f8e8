using System.Net;
using CaseManagement.Web.Account;
using CaseManagement.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Web.Components.Pages.Intake;

/// <summary><c>POST /reports/outbox/send</c>: a report taken with no connection, sent by the page once the link is back
/// (outbox.js). The same form as the report page, checked against forgery, sent to the API with the form's own
/// idempotency key: sent twice, it opens one case. The answer says what the page does with the copy on the device.</summary>
internal static class OutboxSending
{
    /// <summary>Sent: the device forgets the report.</summary>
    public sealed record Sent(string Number, string UnitCode);

    /// <summary>Refused: the device keeps the report, marked, with the messages by form field ("" for the whole report).</summary>
    public sealed record Refused(Dictionary<string, List<string>> Errors);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/reports/outbox/send", async (IAntiforgery antiforgery, IntakeApi intake, CasesApi cases, HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "no-store";
                if (!await antiforgery.IsRequestValidAsync(context) || !context.Request.HasFormContentType)
                {
                    return Results.Json(new Refused([]), statusCode: StatusCodes.Status401Unauthorized); // sent again after signing in
                }

                var form = IntakeForm.FromPosted(await context.Request.ReadFormAsync(context.RequestAborted));
                if (!Guid.TryParse(form.IdempotencyKey, out _))
                {
                    return Results.Json(new Refused(new() { [""] = [WebText.T["Outbox.NoKey"]] }), statusCode: StatusCodes.Status400BadRequest);
                }

                try
                {
                    var lookups = await cases.LookupsAsync(context.RequestAborted);
                    var abuseType = (lookups["abuseSubTypes"] ?? []).FirstOrDefault(s => s.Code == form.AbuseSubType)?.Parent;
                    var received = await intake.ReceiveAsync(form.ToRequest(abuseType), form.IdempotencyKey, context.RequestAborted);
                    return Results.Json(new Sent(received.Number, received.UnitCode));
                }
                catch (ApiProblemException problem) when (IsRefusal(problem.Status))
                {
                    var errors = problem.Errors.Count > 0
                        ? IntakeFields.Place(problem.Errors)
                        : new() { [""] = [problem.Detail ?? problem.Title ?? problem.Status.ToString()] };
                    return Results.Json(new Refused(errors), statusCode: StatusCodes.Status400BadRequest);
                }
                catch (ApiProblemException)
                {
                    return Results.Json(new Refused([]), statusCode: StatusCodes.Status503ServiceUnavailable); // tried again later
                }
            })
            .RequireAuthorization(WebAuthentication.Policy).DisableAntiforgery().ExcludeFromDescription(); // checked above, to answer in JSON

    /// <summary>What the report itself must change to be taken; an expired session, a busy server or a lost link must not.</summary>
    private static bool IsRefusal(HttpStatusCode status) =>
        (int)status is >= 400 and < 500 && status is not (HttpStatusCode.Unauthorized or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
}
