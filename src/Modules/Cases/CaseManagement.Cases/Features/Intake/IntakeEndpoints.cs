using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Cases.Features.Intake;

/// <summary><c>POST /api/cases</c>: a report taken, a new case or one merged into a known case. With an
/// <c>Idempotency-Key</c> header, the same report sent again answers the case the first one opened.</summary>
internal static class IntakeEndpoints
{
    public static void Map(RouteGroupBuilder cases)
    {
        cases.MapPost("/", async (
                IntakeRequest request, IntakeHandler handler, HttpContext context, CancellationToken ct,
                [FromHeader(Name = IntakeKey.Header)] string? idempotencyKey = null) =>
            {
                IntakeKey.Check(idempotencyKey);
                var received = await handler.ReceiveAsync(request, idempotencyKey, ct);
                AuditMiddleware.NameResource(context, received.CaseId); // The case opened, or the one the report was merged into.
                return TypedResults.Created($"/api/cases/{received.CaseId}", received);
            })
            .WithName("ReceiveReport").WithSummary("Tiếp nhận thông tin (Mẫu 01) / Receive a report (form 01)")
            .RequireAuthorization(Capabilities.CasesIntake).Validate<IntakeRequest>().Audited("case", "intake");
        // A form that may have been sent already (a reload, a retry) asks first, so that it goes to its case instead
        // of the duplicate check, which would now find the child it opened a case for.
        cases.MapGet("/intake-keys/{key}", async (string key, IntakeHandler handler, HttpContext context, CancellationToken ct) =>
            {
                var answered = await handler.AnsweredAsync(key, ct) ?? throw new NotFoundException("intake_key.not_found", CasesText.Messages["intake_key.not_found"]);
                AuditMiddleware.NameResource(context, answered.CaseId);
                return TypedResults.Ok(answered);
            })
            .WithName("FindReportByIdempotencyKey").WithSummary("Tin báo đã gửi với khóa chống gửi trùng / The report sent with an idempotency key")
            .RequireAuthorization(Capabilities.CasesIntake).ProducesProblem(StatusCodes.Status404NotFound).Audited("case", "intake-key");
    }
}
