using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Features.Intake;
using CaseManagement.Cases.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Cases.Features.Referrals;

/// <summary>Police referrals: the social side under <c>/api/cases/{id}/referrals</c>, the police
/// side under <c>/api/police</c> (police liaisons only). Every call is audited.</summary>
internal static class ReferralsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var social = app.MapGroup("/api/cases/{id:guid}/referrals").WithTags("Police referrals").AddEndpointFilter<CaseRulesFilter>();
        social.MapPost("/", async (Guid id, SendReferralRequest request, ReferralsHandler handler, CancellationToken ct) =>
            {
                var sent = await handler.SendAsync(id, request, ct);
                return TypedResults.Created($"/api/cases/{id}/referrals/{sent.Id}", sent);
            })
            .WithName("SendPoliceReferral").WithSummary("Chuyển thông tin cho công an / Refer to the police")
            .RequireAuthorization(Capabilities.CasesWrite).Validate<SendReferralRequest>().Audited("case", "referral-send", "id");
        social.MapGet("/", async (Guid id, ReferralsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.ListAsync(id, ct)))
            .WithName("ListCaseReferrals").WithSummary("Các lần chuyển công an của hồ sơ / A case's police referrals")
            .RequireAuthorization(Capabilities.CasesRead).Audited("case", "referral-list", "id");
        social.MapPost("/{referralId:guid}/acknowledge", async (Guid id, Guid referralId, AcknowledgeReferralRequest request, ReferralsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.AcknowledgeAsync(id, referralId, request, ct)))
            .WithName("AcknowledgeCrimeReport").WithSummary("Xác nhận tin báo của công an / Acknowledge a police crime report")
            .RequireAuthorization(Capabilities.CasesWrite).Validate<AcknowledgeReferralRequest>().Audited("case", "referral-acknowledge", "id");

        var police = app.MapGroup("/api/police").WithTags("Police referrals").RequireAuthorization(Capabilities.ReferralsPolice)
            .AddEndpointFilter<CaseRulesFilter>();
        police.MapGet("/referrals", async (PoliceReferralsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.ListAsync(ct)))
            .WithName("ListPoliceReferrals").WithSummary("Thông tin được chuyển đến đơn vị công an / Referrals addressed to my police unit")
            .Audited("referral", "list");
        police.MapGet("/referrals/{id:guid}", async (Guid id, PoliceReferralsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("GetPoliceReferral").WithSummary("Một thông tin được chuyển đến / One referral").ProducesProblem(StatusCodes.Status404NotFound)
            .Audited("referral", "read", "id");
        police.MapPost("/referrals/{id:guid}/acknowledge", async (Guid id, AcknowledgeReferralRequest request, PoliceReferralsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.AcknowledgeAsync(id, request, ct)))
            .WithName("AcknowledgePoliceReferral").WithSummary("Xác nhận đã nhận / Acknowledge").Validate<AcknowledgeReferralRequest>()
            .Audited("referral", "acknowledge", "id");
        police.MapPost("/referrals/{id:guid}/progress", async (Guid id, ReferralProgressRequest request, PoliceReferralsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.RecordProgressAsync(id, request, ct)))
            .WithName("RecordPoliceReferralProgress").WithSummary("Cập nhật tiến độ, kết quả / Record progress and outcome")
            .Validate<ReferralProgressRequest>().Audited("referral", "progress", "id");
        police.MapGet("/crime-reports", async ([AsParameters] CrimeReportsQuery query, CrimeReportsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ListAsync(query, ct)))
            .WithName("ListCrimeReports").WithSummary("Tin báo tội phạm đơn vị đã ghi nhận / The crime reports my unit logged")
            .Validate<CrimeReportsQuery>().Audited("referral", "crime-report-list");
        police.MapPost("/crime-reports", async (
                CrimeReportRequest request, PoliceReferralsHandler handler, HttpContext context, CancellationToken ct,
                [Microsoft.AspNetCore.Mvc.FromHeader(Name = IntakeKey.Header)] string? idempotencyKey = null) =>
            {
                IntakeKey.Check(idempotencyKey);
                var logged = await handler.LogCrimeReportAsync(request, idempotencyKey, ct);
                AuditMiddleware.NameResource(context, logged.Referral.CaseId); // The case it opened records who opened it.
                return TypedResults.Created($"/api/police/referrals/{logged.Referral.Id}", logged);
            })
            .WithName("LogCrimeReport").WithSummary("Ghi nhận tin báo tội phạm về trẻ em / Log a crime report about a child")
            .WithDescription("With an Idempotency-Key header, the same report sent again answers the crime report it logged.")
            .Validate<CrimeReportRequest>().Audited("case", "crime-report");
    }
}
