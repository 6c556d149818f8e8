using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Domain.Indicators;
using CaseManagement.Reporting.Persistence;
using CaseManagement.Reporting.Projection;
using Microsoft.Extensions.Options;

namespace CaseManagement.Reporting.Features.Reports;

/// <summary>Which unit and period a request is about: the unit must be in the caller's jurisdiction.</summary>
public sealed class ReportAccess(
    ICurrentUser user, Jurisdiction<ReportingDbContext> jurisdiction, ReportingUnits units, IOptions<ReportingOptions> options, TimeProvider clock)
{
    public async Task<ReportUnitView> UnitAsync(string? unitCode, DateOnly on, CancellationToken ct)
    {
        var code = string.IsNullOrWhiteSpace(unitCode) ? user.UnitCode : unitCode.Trim();
        if (string.IsNullOrEmpty(code))
        {
            throw new ForbiddenException("unit.required", ReportingText.Messages["unit.required"]);
        }

        if (!await jurisdiction.CoversAsync(code, ct))
        {
            throw new ForbiddenException("unit.outside_jurisdiction", ReportingText.Messages["unit.outside_jurisdiction"]);
        }

        var version = (await units.GetAsync(ct)).VersionAt(code, on);
        return new ReportUnitView(code, version?.Name ?? code, version?.Level);
    }

    /// <summary>The period named by a validated key ("NOW" is today).</summary>
    public ReportingPeriod Period(string key) => TryPeriod(key)!;

    public ReportingPeriod? TryPeriod(string key)
    {
        var today = BuildingBlocks.Time.VietnamTime.Today(clock);
        return key == IndicatorRules.NowKey ? new ReportingPeriod(IndicatorRules.NowKey, PeriodKind.Custom, today, today) : options.Value.Calendar().Parse(key);
    }
}
