using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Features.Intake;
using CaseManagement.Cases.Features.Lookups;
using CaseManagement.Cases.Features.Procedure;
using CaseManagement.Cases.Features.Search;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Features.ViewCase;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Cases.Features;

/// <summary><c>/api/cases</c>: intake, the list, one case and its timeline, and the steps of the procedure.
/// Every call that touches a case is audited.</summary>
internal static class CasesEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases").AddEndpointFilter<CaseRulesFilter>();
        cases.MapGet("/lookups", (LookupsHandler handler) => TypedResults.Ok(handler.Get()))
            .WithName("CaseLookups").WithSummary("Danh mục của hồ sơ / Case code lists").RequireAuthorization(Capabilities.CasesIntake);
        cases.MapPost("/", async (IntakeRequest request, IntakeHandler handler, HttpContext context, CancellationToken ct) =>
            {
                var received = await handler.ReceiveAsync(request, ct);
                AuditMiddleware.NameResource(context, received.CaseId); // The case opened, or the one the report was merged into.
                return TypedResults.Created($"/api/cases/{received.CaseId}", received);
            })
            .WithName("ReceiveReport").WithSummary("Tiếp nhận thông tin (Mẫu 01) / Receive a report (form 01)")
            .RequireAuthorization(Capabilities.CasesIntake).Validate<IntakeRequest>().Audited("case", "intake");
        cases.MapGet("/work-list", async (WorkList.WorkListHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(ct)))
            .WithName("WorkList").WithSummary("Việc cần làm tiếp / What is due next").RequireAuthorization(Capabilities.CasesList)
            .Audited("case", "work-list");
        cases.MapPost("/duplicate-candidates", async (Duplicates.DuplicateQuery query, Duplicates.DuplicatesHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.FindAsync(query, ct)))
            .WithName("FindDuplicateCandidates").WithSummary("Tìm trẻ em có thể trùng / Possible duplicates of a child")
            .RequireAuthorization(Capabilities.CasesDuplicates).Validate<Duplicates.DuplicateQuery>().Audited("case", "duplicate-check");
        cases.MapGet("/reports-taken", async ([Microsoft.AspNetCore.Http.AsParameters] ReportsTaken.ReportsTakenQuery query, ReportsTaken.ReportsTakenHandler handler,
                CancellationToken ct) => TypedResults.Ok(await handler.ListAsync(query, ct)))
            .WithName("ReportsTaken").WithSummary("Các tin báo tôi đã tiếp nhận và tình trạng / The reports I took and where they stand")
            .RequireAuthorization(Capabilities.CasesIntake).Validate<ReportsTaken.ReportsTakenQuery>().Audited("case", "reports-taken");
        cases.MapGet("/", async ([Microsoft.AspNetCore.Http.AsParameters] CaseSearchQuery query, SearchCasesHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.SearchAsync(query, ct)))
            .WithName("SearchCases").WithSummary("Danh sách hồ sơ / Case list").RequireAuthorization(Capabilities.CasesList)
            .Validate<CaseSearchQuery>().Audited("case", "search");
        cases.MapGet("/{id:guid}", async (Guid id, ViewCaseHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("GetCase").WithSummary("Một hồ sơ / One case").RequireAuthorization(Capabilities.CasesRead)
            .ProducesProblem(StatusCodes.Status404NotFound).Audited("case", "read", "id");
        cases.MapGet("/{id:guid}/timeline", async (Guid id, ViewCaseHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.TimelineAsync(id, ct)))
            .WithName("GetCaseTimeline").WithSummary("Diễn biến hồ sơ / Case timeline").RequireAuthorization(Capabilities.CasesRead)
            .ProducesProblem(StatusCodes.Status404NotFound).Audited("case", "read-timeline", "id");
        MapSteps(cases);
        Referrals.ReferralsEndpoints.Map(app);
        Attachments.AttachmentsEndpoints.Map(app);
    }

    private static void MapSteps(RouteGroupBuilder cases)
    {
        Step<VersionedRequest>(cases, "verification/start", "StartVerification", "Bắt đầu xác minh / Start verification", Capabilities.CasesWrite,
            (h, id, r, ct) => h.StartVerificationAsync(id, r, ct));
        Step<VerificationRequest>(cases, "verification", "RecordVerification", "Kết quả xác minh / Verification outcome", Capabilities.CasesWrite,
            (h, id, r, ct) => h.VerifyAsync(id, r, ct));
        Step<InitialAssessmentRequest>(cases, "initial-assessment", "RecordInitialAssessment", "Đánh giá ban đầu (Mẫu 02) / Initial assessment (form 02)",
            Capabilities.CasesWrite, (h, id, r, ct) => h.AssessInitiallyAsync(id, r, ct));
        Step<SpecificAssessmentRequest>(cases, "specific-assessment", "RecordSpecificAssessment", "Đánh giá cụ thể (Mẫu 03) / Specific assessment (form 03)",
            Capabilities.CasesWrite, (h, id, r, ct) => h.AssessSpecificallyAsync(id, r, ct));
        Step<ConferenceRequest>(cases, "conference", "RecordConference", "Họp xác định nhu cầu / Case conference", Capabilities.CasesWrite,
            (h, id, r, ct) => h.HoldConferenceAsync(id, r, ct));
        Step<ClosureProposalRequest>(cases, "closure/proposal", "ProposeClosure", "Đề xuất đóng hồ sơ / Propose closure", Capabilities.CasesWrite,
            (h, id, r, ct) => h.ProposeClosureAsync(id, r, ct));
        Step<ClosureDecisionRequest>(cases, "closure/decision", "DecideClosure", "Quyết định đóng hồ sơ / Decide closure", Capabilities.CasesDecide,
            (h, id, r, ct) => h.DecideClosureAsync(id, r, ct));
        Step<ReopenRequest>(cases, "reopen", "ReopenCase", "Mở lại hồ sơ / Reopen", Capabilities.CasesWrite, (h, id, r, ct) => h.ReopenAsync(id, r, ct));
        Step<AssignRequest>(cases, "assignee", "AssignCase", "Phân công / Assign", Capabilities.CasesWrite, (h, id, r, ct) => h.AssignAsync(id, r, ct));
        Step<ReclassifyRequest>(cases, "classification", "ReclassifyCase", "Phân loại lại / Reclassify", Capabilities.CasesWrite,
            (h, id, r, ct) => h.ReclassifyAsync(id, r, ct));
        Step<TransferRequest>(cases, "transfer", "RequestTransfer", "Chuyển hồ sơ / Transfer", Capabilities.CasesWrite,
            (h, id, r, ct) => h.RequestTransferAsync(id, r, ct));
        Step<VersionedRequest>(cases, "transfer/accept", "AcceptTransfer", "Tiếp nhận hồ sơ chuyển đến / Accept a transfer", Capabilities.CasesWrite,
            (h, id, r, ct) => h.AcceptTransferAsync(id, r, ct));
        Step<TransferDeclineRequest>(cases, "transfer/decline", "DeclineTransfer", "Từ chối tiếp nhận hồ sơ chuyển đến / Decline a transfer",
            Capabilities.CasesWrite, (h, id, r, ct) => h.DeclineTransferAsync(id, r, ct));
        cases.MapGet("/{id:guid}/transfer", async (Guid id, Transfers.IncomingTransferHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("IncomingTransfer").WithSummary("Hồ sơ được đề nghị chuyển đến / A case offered to my commune")
            .RequireAuthorization(Capabilities.CasesWrite).ProducesProblem(StatusCodes.Status404NotFound).Audited("case", "read-transfer", "id");
        Step<VersionedRequest>(cases, "transfer/cancel", "CancelTransfer", "Hủy chuyển hồ sơ / Cancel a transfer", Capabilities.CasesWrite,
            (h, id, r, ct) => h.CancelTransferAsync(id, r, ct));
    }

    private static void Step<TRequest>(
        RouteGroupBuilder cases, string path, string name, string summary, string capability,
        Func<ProcedureHandler, Guid, TRequest, CancellationToken, Task<CaseStepResponse>> step)
        where TRequest : class =>
        cases.MapPost("/{id:guid}/" + path, async (Guid id, TRequest request, ProcedureHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await step(handler, id, request, ct)))
            .WithName(name).WithSummary(summary).RequireAuthorization(capability).Validate<TRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .Audited("case", path.Replace('/', '-'), "id");
}
