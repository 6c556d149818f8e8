using System.Text.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Domain.Indicators;
using CaseManagement.Reporting.Features.Reports;
using CaseManagement.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Reporting.Features.Closing;

/// <summary>
/// Closing a half-year or a year for a unit: the data-quality checks first (cases missing sex or
/// age, emergencies judged needed without a decision, incidents not fully classified, limits
/// overdue now), then the signature, which freezes every figure with the indicator versions.
/// </summary>
internal sealed class ClosingHandler(
    ReportingDbContext db, ReportAccess access, ReportFigures figures, PeriodClosures closures, ICurrentUser user, TimeProvider clock)
{
    public async Task<PeriodChecks> ChecksAsync(string periodKey, string? unitCode, CancellationToken ct)
    {
        var period = Closable(periodKey);
        var unit = await access.UnitAsync(unitCode, period.To, ct);
        var checks = await CheckAsync(period, unit.Code, ct);
        return new PeriodChecks(period.Key, unit.Code, checks, await closures.FindAsync(period.Key, unit.Code, ct) is not null);
    }

    public async Task<ClosureView> CloseAsync(string periodKey, ClosePeriodRequest request, CancellationToken ct)
    {
        var period = Closable(periodKey);
        var today = BuildingBlocks.Time.VietnamTime.Today(clock);
        if (period.To >= today)
        {
            throw new ConflictException("period.not_over", ReportingText.Messages.Get("period.not_over", period.To.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var unit = await access.UnitAsync(request.Unit, period.To, ct);
        if (await closures.FindAsync(period.Key, unit.Code, ct) is not null)
        {
            throw new ConflictException("period.already_closed", ReportingText.Messages["period.already_closed"]);
        }

        var checks = await CheckAsync(period, unit.Code, ct);
        if (!request.ChecksAcknowledged && checks.Any(c => c.Count > 0))
        {
            throw new ConflictException("period.checks_not_acknowledged", ReportingText.Messages["period.checks_not_acknowledged"]);
        }

        var counts = await figures.CountsAsync(period, unit.Code, ct);
        var closed = new ClosedPeriod(period.Key, unit.Code)
        {
            ClosedAt = clock.GetUtcNow(),
            ClosedBy = user.Name ?? user.Id ?? "",
            SignerName = request.SignerName!.Trim(),
            SignerTitle = request.SignerTitle!.Trim(),
            Figures = JsonSerializer.Serialize(counts.ByIndicator),
            IndicatorVersions = JsonSerializer.Serialize(IndicatorCatalogue.All.ToDictionary(i => i.Code, i => i.Version)),
            Checks = JsonSerializer.Serialize(checks.ToDictionary(c => c.Code, c => c.Count)),
        };
        db.ClosedPeriods.Add(closed);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another manager signed the same period at the same moment: the unique index kept the first.
            throw new ConflictException("period.already_closed", ReportingText.Messages["period.already_closed"]);
        }

        return new SignedPeriod(closed).View();
    }

    private async Task<IReadOnlyList<QualityCheck>> CheckAsync(ReportingPeriod period, string unitCode, CancellationToken ct)
    {
        var inPeriod = await figures.CountsAsync(period, unitCode, ct);
        var now = await figures.CountsAsync(access.Period(IndicatorRules.NowKey), unitCode, ct);
        return IndicatorCatalogue.DataQualityChecks.Select(code =>
        {
            var count = code == IndicatorCatalogue.OverdueByRule ? now.Get(code, IndicatorCatalogue.Total) : inPeriod.Get(code, IndicatorCatalogue.Total);
            return new QualityCheck(code, ReportingText.IndicatorName(code), ReportingText.IndicatorDefinition(code), count);
        }).ToList();
    }

    /// <summary>Half-years and years are closed; months and custom ranges are working views.</summary>
    private ReportingPeriod Closable(string periodKey) =>
        access.TryPeriod(periodKey) is { Kind: PeriodKind.HalfYear or PeriodKind.Year } period
            ? period
            : throw new RequestValidationException(new Dictionary<string, string[]> { ["period"] = [ReportingText.Messages["field.period_closable"]] });
}
