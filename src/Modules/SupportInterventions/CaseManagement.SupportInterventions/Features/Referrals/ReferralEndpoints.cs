using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.SupportInterventions.Features.Referrals;

/// <summary>Service referrals: the provider's list and answers (<c>services.deliver</c>), and a case's
/// referrals for the social worker.</summary>
internal static class ReferralEndpoints
{
    public static void Map(RouteGroupBuilder support)
    {
        support.MapGet("/cases/{id:guid}/referrals", async (Guid id, CaseReferralsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.OfCaseAsync(id, ct)))
            .WithName("CaseServiceReferrals").WithSummary("Dịch vụ đã chuyển gửi của hồ sơ / A case's service referrals")
            .RequireAuthorization(Capabilities.CasesRead).ProducesProblem(StatusCodes.Status404NotFound).Audited("support", "read-referrals", "id");

        var provider = support.MapGroup("/service-referrals").RequireAuthorization(Capabilities.ServicesDeliver);
        provider.MapGet("/", async (bool? openOnly, ProviderReferralsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.ListAsync(openOnly ?? false, ct)))
            .WithName("ProviderReferrals").WithSummary("Dịch vụ được chuyển đến đơn vị tôi / Referrals to my organisation")
            .Audited("support", "list-provider-referrals");
        provider.MapGet("/{id:guid}", async (Guid id, ProviderReferralsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("ProviderReferral").WithSummary("Một dịch vụ được chuyển đến / A referral").ProducesProblem(StatusCodes.Status404NotFound)
            .Audited("support", "read-provider-referral", "id");
        provider.MapPost("/{id:guid}/answer", async (Guid id, ReferralAnswerRequest request, ProviderReferralsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.AnswerAsync(id, request, ct)))
            .WithName("AnswerReferral").WithSummary("Nhận hoặc từ chối cung cấp dịch vụ / Accept or decline").Validate<ReferralAnswerRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "answer-referral", "id");
        provider.MapPost("/{id:guid}/deliveries", async (Guid id, DeliveryRequest request, ProviderReferralsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.DeliverAsync(id, request, ct)))
            .WithName("RecordDelivery").WithSummary("Ghi nhận cung cấp dịch vụ / Record a delivery").Validate<DeliveryRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "record-delivery", "id");
        provider.MapPost("/{id:guid}/completion", async (Guid id, CompletionRequest request, ProviderReferralsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.CompleteAsync(id, request, ct)))
            .WithName("CompleteReferral").WithSummary("Hoàn thành dịch vụ, chi phí thực tế / Complete, with the actual cost").Validate<CompletionRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).Audited("support", "complete-referral", "id");
    }
}
