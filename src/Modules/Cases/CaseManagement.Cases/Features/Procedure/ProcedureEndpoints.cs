using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Cases.Features.Procedure;

/// <summary><c>POST /api/cases/{id}/…</c>: the steps of the procedure, each with the version the user saw, and the
/// changes beside them (assignee, classification, transfer).</summary>
internal static class ProcedureEndpoints
{
    public static void Map(RouteGroupBuilder cases)
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
