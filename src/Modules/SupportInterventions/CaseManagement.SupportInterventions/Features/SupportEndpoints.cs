using CaseManagement.SupportInterventions.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.SupportInterventions.Features;

/// <summary>The module's routes: <c>/api/support</c> with the domain's refusals made readable, each feature's
/// endpoints in its own folder. Every call is audited.</summary>
internal static class SupportEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var support = app.MapGroup("/api/support").WithTags("Support").AddEndpointFilter<SupportRulesFilter>();
        Lookups.SupportLookupsEndpoints.Map(support);
        Emergency.EmergencyEndpoints.Map(support);
        Separations.SeparationEndpoints.Map(support);
        Plans.PlanEndpoints.Map(support);
        Referrals.ReferralEndpoints.Map(support);
        Monitoring.MonitoringEndpoints.Map(support);
        Reviews.ReviewEndpoints.Map(support);
        WorkList.SupportWorkListEndpoints.Map(support);
    }
}
