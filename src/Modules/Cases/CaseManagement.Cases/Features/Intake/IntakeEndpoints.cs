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
                if (idempotencyKey is not null && !IntakeKey.IsWellFormed(idempotencyKey))
                {
                    throw new RequestValidationException(new Dictionary<string, string[]>
                    {
                        [IntakeKey.Header] = [CasesText.Messages.Get("field.idempotency_key", IntakeKey.MaxLength)],
                    });
                }

                var received = await handler.ReceiveAsync(request, idempotencyKey, ct);
                AuditMiddleware.NameResource(context, received.CaseId); // The case opened, or the one the report was merged into.
                return TypedResults.Created($"/api/cases/{received.CaseId}", received);
            })
            .WithName("ReceiveReport").WithSummary("Tiếp nhận thông tin (Mẫu 01) / Receive a report (form 01)")
            .RequireAuthorization(Capabilities.CasesIntake).Validate<IntakeRequest>().Audited("case", "intake");
    }
}
