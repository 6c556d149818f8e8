using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Reporting.Features.Rounds;

/// <summary><c>/api/reporting/rounds</c>: a manager asks the units below for a report on given points
/// by a due time; each unit answers with narratives, evidence and pre-filled statistics; the
/// manager follows who has answered and downloads the consolidation. Every call is audited.</summary>
internal static class RoundsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var rounds = app.MapGroup("/api/reporting/rounds").WithTags("Reporting").AddEndpointFilter<RoundRulesFilter>();
        rounds.MapPost("/", async (SendRoundRequest request, RoundsHandler handler, CancellationToken ct) =>
            {
                var round = await handler.SendAsync(request, ct);
                return TypedResults.Created($"/api/reporting/rounds/{round.Id}", round);
            })
            .WithName("SendRound").WithSummary("Gửi yêu cầu báo cáo tới các đơn vị cấp dưới / Send a reporting request to the units below")
            .RequireAuthorization(Capabilities.ReportsManage).Validate<SendRoundRequest>().ProducesValidationProblem().Audited("reporting-round", "send");
        rounds.MapGet("/", async ([AsParameters] RoundListQuery query, RoundsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.ListAsync(query, ct)))
            .WithName("ListRounds").WithSummary("Yêu cầu báo cáo đã gửi và đã nhận / Reporting requests sent and received")
            .RequireAuthorization(Capabilities.ReportsRead).Validate<RoundListQuery>().ProducesValidationProblem().Audited("reporting-round", "list");
        rounds.MapGet("/{id:guid}", async (Guid id, RoundsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("GetRound").WithSummary("Yêu cầu báo cáo: đơn vị đã báo cáo, chậm hạn / A request: who has answered, who is late")
            .RequireAuthorization(Capabilities.ReportsRead).ProducesProblem(StatusCodes.Status404NotFound).Audited("reporting-round", "read", "id");
        rounds.MapPost("/{id:guid}/closure", async (Guid id, AnswerVersionRequest request, RoundsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.CloseAsync(id, request, ct)))
            .WithName("CloseRound").WithSummary("Kết thúc đợt báo cáo / Close the request")
            .RequireAuthorization(Capabilities.ReportsManage).Validate<AnswerVersionRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict).Audited("reporting-round", "close", "id");
        rounds.MapGet("/{id:guid}/consolidated", async (Guid id, ConsolidationHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("ConsolidatedRound").WithSummary("Tổng hợp báo cáo của các đơn vị / The units' answers consolidated")
            .RequireAuthorization(Capabilities.ReportsManage).ProducesProblem(StatusCodes.Status403Forbidden).Audited("reporting-round", "consolidated", "id");
        rounds.MapGet("/{id:guid}/consolidated/export", async (Guid id, string? format, ConsolidationHandler handler, CancellationToken ct) =>
                await handler.ExportAsync(id, format?.ToLowerInvariant(), ct))
            .WithName("ExportConsolidatedRound").WithSummary("Tải bản tổng hợp (XLSX, PDF) / Download the consolidation (XLSX, PDF)")
            .RequireAuthorization(Capabilities.ReportsManage).ProducesProblem(StatusCodes.Status403Forbidden).Audited("reporting-round", "consolidated-export", "id");
        MapAnswers(rounds.MapGroup("/{id:guid}/answers/{unit}"));
    }

    private static void MapAnswers(RouteGroupBuilder answers)
    {
        answers.MapGet("/", async (Guid id, string unit, AnswersHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(id, unit, ct)))
            .WithName("GetRoundAnswer").WithSummary("Báo cáo của một đơn vị / A unit's answer")
            .RequireAuthorization(Capabilities.ReportsRead).ProducesProblem(StatusCodes.Status404NotFound).Audited("reporting-round", "answer-read", "id");
        answers.MapPut("/", async (Guid id, string unit, AnswerDraftRequest request, AnswersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.DraftAsync(id, unit, request, ct)))
            .WithName("DraftRoundAnswer").WithSummary("Soạn nội dung báo cáo theo từng nội dung yêu cầu / Write the answer point by point")
            .RequireAuthorization(Capabilities.ReportsAnswer).Validate<AnswerDraftRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict).Audited("reporting-round", "answer-draft", "id");
        answers.MapPost("/submission", async (Guid id, string unit, AnswerVersionRequest request, AnswersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.SubmitAsync(id, unit, request, ct)))
            .WithName("SubmitRoundAnswer").WithSummary("Gửi báo cáo / Submit the answer")
            .RequireAuthorization(Capabilities.ReportsAnswer).Validate<AnswerVersionRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict).Audited("reporting-round", "answer-submit", "id");
        answers.MapPost("/return", async (Guid id, string unit, ReturnAnswerRequest request, AnswersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ReturnAsync(id, unit, request, ct)))
            .WithName("ReturnRoundAnswer").WithSummary("Yêu cầu đơn vị bổ sung báo cáo / Send an answer back for completion")
            .RequireAuthorization(Capabilities.ReportsManage).Validate<ReturnAnswerRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict).Audited("reporting-round", "answer-return", "id");
        // Token-authenticated API: no cookie, so no cross-site form to guard against.
        answers.MapPost("/evidence", async (Guid id, string unit, IFormFile? file, AnswersHandler handler, CancellationToken ct) =>
            {
                var added = await handler.AddEvidenceAsync(id, unit, file, ct);
                return TypedResults.Created($"/api/reporting/rounds/{id}/answers/{unit}/evidence/{added.Id}", added);
            })
            .DisableAntiforgery().WithName("AddRoundEvidence").WithSummary("Đính kèm văn bản minh chứng / Attach an evidence document")
            .RequireAuthorization(Capabilities.ReportsAnswer).ProducesValidationProblem().Audited("reporting-round", "evidence-add", "id");
        answers.MapGet("/evidence/{evidenceId:guid}", async (Guid id, string unit, Guid evidenceId, AnswersHandler handler, CancellationToken ct) =>
            {
                var download = await handler.DownloadEvidenceAsync(id, unit, evidenceId, ct);
                return TypedResults.File(download.Content, download.ContentType, download.FileName);
            })
            .WithName("DownloadRoundEvidence").WithSummary("Tải văn bản minh chứng / Download an evidence document")
            .RequireAuthorization(Capabilities.ReportsRead).ProducesProblem(StatusCodes.Status404NotFound).Audited("reporting-round", "evidence-download", "id");
        answers.MapDelete("/evidence/{evidenceId:guid}", async (Guid id, string unit, Guid evidenceId, AnswersHandler handler, CancellationToken ct) =>
            {
                await handler.RemoveEvidenceAsync(id, unit, evidenceId, ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveRoundEvidence").WithSummary("Gỡ văn bản minh chứng đính kèm nhầm / Remove an evidence document attached by mistake")
            .RequireAuthorization(Capabilities.ReportsAnswer).ProducesProblem(StatusCodes.Status409Conflict).Audited("reporting-round", "evidence-remove", "id");
    }
}
