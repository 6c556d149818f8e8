using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Cases.Features.ReportsTaken;

/// <summary><c>GET /api/cases/reports-taken</c>: the reports the caller took and where they stand.</summary>
internal static class ReportsTakenEndpoints
{
    public static void Map(RouteGroupBuilder cases)
    {
        cases.MapGet("/reports-taken", async ([Microsoft.AspNetCore.Http.AsParameters] ReportsTakenQuery query, ReportsTakenHandler handler,
                CancellationToken ct) => TypedResults.Ok(await handler.ListAsync(query, ct)))
            .WithName("ReportsTaken").WithSummary("Các tin báo tôi đã tiếp nhận và tình trạng / The reports I took and where they stand")
            .RequireAuthorization(Capabilities.CasesIntake).Validate<ReportsTakenQuery>().Audited("case", "reports-taken");
    }
}
