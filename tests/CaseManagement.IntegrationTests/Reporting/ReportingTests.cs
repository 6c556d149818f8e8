using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.IntegrationTests.Cases;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.Reporting.Features.Closing;
using CaseManagement.Reporting.Features.Reports;

namespace CaseManagement.IntegrationTests.Reporting;

/// <summary>
/// Reports built from the events of real cases: the social worker of Thị trấn Ba Tơ (21484) reports
/// in June 2026 (half-year 2026-H1, which ended 14/06/2026); the province's manager reads the figures
/// rolled up, closes the half-year after its checks, and a late report shows as a revision.
/// </summary>
public abstract class ReportingTests(CaseManagementHost host) : IAsyncLifetime
{
    private HttpClient worker = null!;
    private HttpClient manager = null!;

    public async Task InitializeAsync()
    {
        await ReportingScenario.PrepareAsync(host);
        worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        manager = await host.ClientForAsync(Roles.Manager, "51");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_province_reads_its_communes_figures_closes_the_half_year_after_its_checks_and_sees_late_reports_as_a_revision()
    {
        await ReportingScenario.ReportOnAsync(worker, "2026-06-01", "Nguyễn Văn An", "Male", "2015-03-02", "051215000123");
        await ReportingScenario.ReportOnAsync(worker, "2026-06-02", "Đinh Thị Hoa", "Unknown", "2019-01-10", null);
        await ReportingScenario.CasesCountedAsync(host, manager, "2026-H1", "51", 2, abused: 2);

        var province = await ReportingScenario.ReportAsync(manager, "period=2026-H1&indicators=0101,HS01");
        Assert.Equal(("51", "Tỉnh Quảng Ngãi"), (province.Unit.Code, province.Unit.Name));
        var abused = province.Indicators.Single(i => i.Code == "0101");
        Assert.Equal("Số trẻ em bị xâm hại", abused.Name);
        Assert.Equal(["Hình thức xâm hại", "Loại xâm hại", "Giới tính", "Nhóm tuổi", "Môi trường"], abused.DimensionNames);
        Assert.Equal((2, 2), (abused.Total, abused.TotalUnder16));
        Assert.Equal(
            [("Violence|PhysicalViolence|Male|11-<16|family", 1), ("Violence|PhysicalViolence|Unknown|6-<11|family", 1)],
            abused.Rows.Select(r => (string.Join('|', r.Values), r.Count)).Order().ToList());
        Assert.Equal("Gia đình", abused.Rows[0].Labels[4]);
        var byTypeAndSex = abused.Breakdowns.Single(b => b.Dimensions.SequenceEqual(["type", "sex"]));
        Assert.Equal([("Violence|Male", "Bạo lực|Nam", 1), ("Violence|Unknown", "Bạo lực|Chưa rõ", 1)],
            byTypeAndSex.Rows.Select(r => (string.Join('|', r.Values), string.Join('|', r.Labels), r.Count)).Order().ToList());
        Assert.Equal(2, abused.Breakdowns.Single(b => b.Dimensions.SequenceEqual(["setting"])).Rows.Single().Count);
        Assert.Equal(2, (await ReportingScenario.ReportAsync(manager, "period=2026-H1&unit=535&indicators=0101")).Indicators[0].Total);
        Assert.Equal(0, (await ReportingScenario.ReportAsync(manager, "period=2026-H1&unit=522&indicators=0101")).Indicators[0].Total);
        Assert.Equal(2, (await ReportingScenario.ReportAsync(manager, "period=2026-05-15..2026-06-30&indicators=0101")).Indicators[0].Total);
        Assert.Equal(0, (await ReportingScenario.ReportAsync(manager, "period=2026-H2&indicators=0101")).Indicators[0].Total);

        var dashboard = await manager.GetFromJsonAsync<CaseManagement.Reporting.Features.Dashboard.DashboardResponse>(
            "/api/reporting/dashboard?months=36", HttpExtensions.Json);
        Assert.Equal(2, dashboard!.OpenByStatus.Sum(s => s.Count));
        Assert.Equal(2, dashboard.Trend.Single(m => m.Month == "2026-06").Total);
        Assert.Equal(["522", "535"], dashboard.UnitsBelow.Select(u => u.Code));

        var checks = await manager.GetFromJsonAsync<PeriodChecks>("/api/reporting/periods/2026-H1/checks", HttpExtensions.Json);
        Assert.Equal(1, checks!.Checks.Single(c => c.Code == "DQ01").Count); // Đinh Thị Hoa's sex is unknown.
        var close = new ClosePeriodRequest(null, "Phạm Văn Sơn", "Phó Giám đốc Sở Y tế", ChecksAcknowledged: false);
        await manager.PostAsJsonAsync("/api/reporting/periods/2026-H1/closure", close).ExpectProblemAsync(HttpStatusCode.Conflict, "period.checks_not_acknowledged");
        await worker.PostAsJsonAsync("/api/reporting/periods/2026-H1/closure", close with { ChecksAcknowledged = true }).ExpectStatusAsync(HttpStatusCode.Forbidden);
        var signed = await manager.PostAsJsonAsync("/api/reporting/periods/2026-H1/closure", close with { ChecksAcknowledged = true })
            .ExpectAsync<ClosureView>(HttpStatusCode.OK);
        Assert.Equal(2, signed.IndicatorVersions["0101"]);
        await manager.PostAsJsonAsync("/api/reporting/periods/2026-H1/closure", close with { ChecksAcknowledged = true })
            .ExpectProblemAsync(HttpStatusCode.Conflict, "period.already_closed");
        var current = new CaseManagement.Reporting.Domain.ReportingCalendar().HalfYearOf(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7))).Key;
        await manager.PostAsJsonAsync($"/api/reporting/periods/{current}/closure", close with { ChecksAcknowledged = true })
            .ExpectProblemAsync(HttpStatusCode.Conflict, "period.not_over");

        await ReportingScenario.ReportOnAsync(worker, "2026-06-03", "Phạm Văn Bình", "Male", "2012-08-08", "051212000999");
        await ReportingScenario.CasesCountedAsync(host, manager, "2026-H1", "51", 3, abused: 3);
        var revised = await ReportingScenario.ReportAsync(manager, "period=2026-H1&indicators=0101");
        Assert.Equal("Phạm Văn Sơn", revised.Closure!.SignerName);
        Assert.Equal(2, revised.Indicators[0].Total); // The signed figure stays.
        var line = revised.Revision.Single(r => r.Values.SequenceEqual(["*"]));
        Assert.Equal((2, 3), (line.AtSigning, line.Current));
        Assert.Equal(["Tổng số"], line.Labels);
        Assert.Contains(revised.Revision, r => string.Join('|', r.Values) == "Violence|PhysicalViolence|Male|11-<16|family" && r.AtSigning == 1 && r.Current == 2);
        Assert.Contains(revised.Revision, r => string.Join('|', r.Values) == "Violence|*|Male|*|*" && r.AtSigning == 1 && r.Current == 2);

        // Exports show the signed figures: exact unless a file for publication is asked for, which suppresses small counts.
        var exact = await manager.GetStringAsync("/api/reporting/reports/export?period=2026-H1&indicators=0101&format=csv");
        Assert.Contains("51,2026-H1,0101,Số trẻ em bị xâm hại,figure,*,Tổng số,2,", exact, StringComparison.Ordinal);
        Assert.Contains("51,2026-H1,0101,Số trẻ em bị xâm hại,revision,*,Tổng số,3,2", exact, StringComparison.Ordinal);
        var published = await manager.GetStringAsync("/api/reporting/reports/export?period=2026-H1&indicators=0101&format=csv&publication=true");
        Assert.Contains("51,2026-H1,0101,Số trẻ em bị xâm hại,figure,*,Tổng số,<5,", published, StringComparison.Ordinal);
        var document = await manager.GetJsonAsync("/openapi/v1.json");
        var export = document.GetProperty("paths").GetProperty("/api/reporting/reports/export").GetProperty("get");
        Assert.Contains(export.GetProperty("parameters").EnumerateArray(), p => string.Equals(p.GetProperty("name").GetString(), "publication", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("publication=true", export.GetProperty("description").GetString(), StringComparison.Ordinal);
        using var workbook = await manager.GetAsync("/api/reporting/reports/export?period=2026-H1");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
        // The workbook holds the revision beside the signed figures: each changed figure at signing and now.
        using (var sheet = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(await workbook.Content.ReadAsStreamAsync(), false))
        {
            var rows = sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
                .Select(r => r.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").Where(t => t.Length > 0).ToList())
                .ToList();
            var revisionAt = rows.FindIndex(r => r.Count > 0 && r[0].StartsWith("Điều chỉnh sau khi ký", StringComparison.Ordinal));
            Assert.True(revisionAt > 0);
            Assert.Contains(["Tổng số", "2", "3"], rows.Skip(revisionAt));
        }

        using var pdf = await manager.GetAsync("/api/reporting/reports/export?period=2026-H1&format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", await pdf.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A rebuild from the log (folded first, counted once) gives every figure the incremental projection gave.
        string[] views = ["period=2026-H1", "period=2026-Y", "period=2026-06", "period=2026-H1&unit=535"];
        var incremental = await Task.WhenAll(views.Select(v => manager.GetStringAsync($"/api/reporting/reports?{v}")));
        using var admin = await host.ClientForAsync(Roles.Admin, "51");
        var started = await admin.PostAsync("/api/reporting/rebuild", null).ExpectAsync<CaseManagement.Reporting.Features.Rebuild.ProjectionProgress>(HttpStatusCode.Accepted);
        Assert.True(started.Rebuilding);
        await host.ProjectReportingAsync();
        var progress = await admin.GetFromJsonAsync<CaseManagement.Reporting.Features.Rebuild.ProjectionProgress>("/api/reporting/rebuild", HttpExtensions.Json);
        Assert.Equal((false, 100.0), (progress!.Rebuilding, progress.Percent));
        Assert.Equal(incremental, await Task.WhenAll(views.Select(v => manager.GetStringAsync($"/api/reporting/reports?{v}"))));

        // The operator's command (CaseManagement.Host reporting rebuild) does the same and says how far it came.
        using var output = new StringWriter();
        await CaseManagement.Reporting.ReportingModule.RebuildAsync(host.Services, output, CancellationToken.None);
        Assert.Contains("rebuilt: ", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(incremental, await Task.WhenAll(views.Select(v => manager.GetStringAsync($"/api/reporting/reports?{v}"))));
    }

    [Fact]
    public async Task Only_confirmed_reports_count_abused_children_and_one_found_unfounded_is_a_closure_by_that_reason()
    {
        await ReportingScenario.ReportOnAsync(worker, "2026-06-01", "Lê Văn Tâm", "Male", "2016-04-04", null, confirmed: false);
        var unfounded = await ReportingScenario.ReportOnAsync(worker, "2026-06-02", "Trần Thị Mai", "Female", "2017-05-05", null, confirmed: false);
        await ReportingScenario.VerifyAsync(worker, unfounded, "NotConfirmed");
        await ReportingScenario.ReportOnAsync(worker, "2026-06-03", "Hồ Văn Nam", "Male", "2014-06-06", null);
        // Three reports opened; only the confirmed one is an abused child (one waits for verification, one was unfounded).
        await ReportingScenario.CasesCountedAsync(host, manager, "2026-H1", "51", 3, abused: 1);
        Assert.Equal(1, (await ReportingScenario.ReportAsync(manager, "period=2026-06&indicators=0101")).Indicators[0].Total);

        // The closure is its own event: it may be logged after the report's.
        var closed = await Eventually.ValueAsync(async () =>
        {
            await host.DrainOutboxAsync();
            await host.ProjectReportingAsync();
            var indicator = Assert.Single((await ReportingScenario.ReportAsync(manager, $"period={VietnamToday():yyyy}-Y&indicators=HS02")).Indicators);
            return indicator.Total == 1 ? indicator : null;
        }, "the closure is counted");
        Assert.Equal(["unfounded"], Assert.Single(closed.Rows).Values);
    }

    private static DateTime VietnamToday() => DateTime.UtcNow.AddHours(7);

    [Fact]
    public async Task Reports_stay_within_the_callers_jurisdiction_and_bad_queries_get_field_errors()
    {
        await worker.GetAsync("/api/reporting/reports?period=2026-H1&unit=51").ExpectProblemAsync(HttpStatusCode.Forbidden, "unit.outside_jurisdiction");
        var invalid = await worker.GetAsync("/api/reporting/reports?period=last-year&indicators=0101,XX");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("\"period\"", problem, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"indicators\"", problem, StringComparison.OrdinalIgnoreCase);
        var police = await host.ClientForAsync(Roles.PoliceLiaison, "21484");
        await police.GetAsync("/api/reporting/reports?period=2026-H1").ExpectStatusAsync(HttpStatusCode.Forbidden);
        await manager.PostAsync("/api/reporting/periods/2026-03/closure", JsonContent.Create(new ClosePeriodRequest(null, "A", "B", true)))
            .ExpectStatusAsync(HttpStatusCode.BadRequest);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportingOnSqlite(SqliteHost host) : ReportingTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ReportingOnPostgres(PostgresRabbitHost host) : ReportingTests(host);
