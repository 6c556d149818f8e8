using CaseManagement.Cases.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Cases.Features;

/// <summary>The Cases module's routes: <c>/api/cases</c> with the domain's refusals made readable, each feature's
/// endpoints in its own folder. Every call that touches a case is audited.</summary>
internal static class CasesEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases").AddEndpointFilter<CaseRulesFilter>();
        Lookups.LookupsEndpoints.Map(cases);
        Intake.IntakeEndpoints.Map(cases);
        WorkList.WorkListEndpoints.Map(cases);
        Duplicates.DuplicatesEndpoints.Map(cases);
        ReportsTaken.ReportsTakenEndpoints.Map(cases);
        Search.SearchEndpoints.Map(cases);
        ViewCase.ViewCaseEndpoints.Map(cases);
        Procedure.ProcedureEndpoints.Map(cases);
        Transfers.TransfersEndpoints.Map(cases);
        Referrals.ReferralsEndpoints.Map(app);
        Attachments.AttachmentsEndpoints.Map(app);
    }
}
