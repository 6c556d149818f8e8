using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Reporting.Features;

/// <summary><c>/api/reporting</c>: indicator reports, period closing, exports, dashboards, rounds and the rebuild.</summary>
internal static class ReportingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var reporting = app.MapGroup("/api/reporting").WithTags("Reporting");
        Reports.ReportsEndpoints.Map(reporting);
        Exports.ExportsEndpoints.Map(reporting);
        Dashboard.DashboardEndpoints.Map(reporting);
        Closing.ClosingEndpoints.Map(reporting);
        Rebuild.RebuildEndpoints.Map(reporting);
        Rounds.RoundsEndpoints.Map(app);
    }
}
