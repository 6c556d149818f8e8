using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Features.ImportUnits;
using CaseManagement.Directory.Features.ListUnits;
using CaseManagement.Directory.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Directory;

/// <summary>The walking slice through HTTP: import, list, validation; run on both providers.</summary>
public abstract class UnitsApiTests(CaseManagementHost host) : DirectoryApiTests(host)
{
    [Fact]
    public async Task Imports_units_and_lists_them_by_code()
    {
        var response = await Client.ImportUnitsAsync(BaToCsv);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((6, 0, 0), Counts(await response.ReadAsync<UnitImportReport>()));

        var page = await ListAsync("/api/directory/units");
        Assert.Equal(6, page.Total);
        Assert.Equal(["21025", "21484", "21487", "51", "522", "535"], page.Items.Select(u => u.Code));
        var ward = page.Items[0];
        Assert.Equal(("21025", "Phường Nguyễn Nghiêm", UnitLevel.Commune, "522", (DateOnly?)null, (DateOnly?)new DateOnly(2025, 6, 30), 1),
            (ward.Code, ward.Name, ward.Level, ward.ParentCode, ward.ValidFrom, ward.ValidTo, ward.Version));
        Assert.Empty(ward.SuccessorCodes);
        Assert.False(ward.Remote);
    }

    [Fact]
    public async Task Filters_by_parent_level_and_date_in_force()
    {
        await ImportAsync(BaToCsv + "\n30001,Xã Mới,commune,51,2025-07-01,\n");

        Assert.Equal(["21484", "21487"], (await ListAsync("/api/directory/units?parentCode=535")).Items.Select(u => u.Code));
        Assert.Equal(["522", "535"], (await ListAsync("/api/directory/units?level=district")).Items.Select(u => u.Code));
        Assert.Equal(["30001", "51"], (await ListAsync("/api/directory/units?asOf=2025-07-01")).Items.Select(u => u.Code));
        Assert.Equal(["21025", "21484", "21487", "51", "522", "535"], (await ListAsync("/api/directory/units?asOf=2025-06-30")).Items.Select(u => u.Code));
        Assert.Equal(["21484"], (await ListAsync("/api/directory/units?parentCode=535&level=xã&pageSize=1")).Items.Select(u => u.Code));
    }

    [Fact]
    public async Task Pages_through_a_long_list()
    {
        await ImportAsync(BaToCsv);
        var second = await ListAsync("/api/directory/units?page=2&pageSize=4");
        Assert.Equal(6, second.Total);
        Assert.Equal(["522", "535"], second.Items.Select(u => u.Code));
    }

    [Fact]
    public async Task Gets_one_unit_and_answers_404_as_problem_details_in_the_callers_language()
    {
        await ImportAsync(BaToCsv);
        var unit = await (await Client.GetAsync("/api/directory/units/535")).ReadAsync<UnitResponse>();
        Assert.Equal("Huyện Ba Tơ", unit.Name);

        using var missing = await Client.GetAsync("/api/directory/units/99999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        var vietnamese = await missing.ReadJsonAsync();
        Assert.Equal("Không có đơn vị hành chính mã 99999.", vietnamese.GetProperty("detail").GetString());
        Assert.Equal("unit.not_found", vietnamese.GetProperty("code").GetString());

        var english = await Client.GetJsonAsync("/api/directory/units/99999", "en-US");
        Assert.Equal("There is no administrative unit with code 99999.", english.GetProperty("detail").GetString());
        Assert.Equal("Not found.", english.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_file_with_hundreds_of_bad_lines_is_answered_with_the_first_200_and_the_count()
    {
        var bad = "code,name,level,parent_code\n" + string.Concat(Enumerable.Range(1, 300).Select(i => $"9{i:D4},Xã {i},commune,777\n"));
        var report = await (await Client.PostAsync("/api/directory/units/import?dryRun=true", new StringContent(bad, System.Text.Encoding.UTF8, "text/csv")))
            .ReadAsync<UnitImportReport>();
        Assert.Equal((200, 300, false), (report.Problems.Count, report.ProblemCount, report.Valid));

        using var refused = await Client.ImportUnitsAsync(bad);
        var errors = (await refused.ReadJsonAsync()).Errors();
        Assert.Equal(201, errors.Count);
        Assert.StartsWith("Tệp có 300 lỗi", errors["problems"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_file_with_bad_lines_naming_each_one_and_saves_nothing()
    {
        await ImportAsync(BaToCsv);
        const string bad = """
            code,name,level,parent_code,valid_from,valid_to
            21490,Xã Ba Vinh,commune,535,,2025-06-30
            21493,,commune,777,,
            21496,Xã Ba Động,county,535,2025-13-01,
            21490,Xã Ba Vinh lặp,commune,535,,
            535,Huyện Ba Tơ (đổi tên),district,51,2025-01-01,2024-01-01
            21025-TDP1,Tổ dân phố 1,village,535,,
            """;
        using var response = await Client.ImportUnitsAsync(bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).Errors();
        Assert.Equal(
            ["lines[3].name", "lines[3].parent_code", "lines[4].level", "lines[4].valid_from", "lines[5].code", "lines[6].valid_from", "lines[6].valid_to", "lines[7].parent_code"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Không tìm thấy đơn vị cấp trên có mã 777 trong tệp hoặc trong danh mục.", errors["lines[3].parent_code"].Single());
        Assert.Equal("Mã 21490 với cùng ngày bắt đầu hiệu lực đã có ở dòng 2.", errors["lines[5].code"].Single());
        Assert.Equal("Thời gian hiệu lực chồng lên phiên bản khác của mã 535 (từ không thời hạn đến 30/06/2025).", errors["lines[6].valid_from"].Single());
        Assert.Equal("Đơn vị cấp thôn không thể trực thuộc đơn vị cấp huyện.", errors["lines[7].parent_code"].Single());

        var units = await ListAsync("/api/directory/units");
        Assert.Equal(6, units.Total); // nothing from the bad file, nothing lost
        Assert.Null(units.Items.Single(u => u.Code == "535").ValidFrom);
        Assert.Equal(6, await OutboxCountAsync());
    }

    [Fact]
    public async Task Import_errors_are_given_in_English_on_request()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/directory/units/import")
        {
            Content = new StringContent("code,name,level,parent_code\n21493,Xã Ba Thành,commune,777\n", Encoding.UTF8, "text/csv"),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await Client.SendAsync(request);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("The request contains invalid data.", problem.GetProperty("title").GetString());
        Assert.Equal("No parent unit with code 777 in the file or in the directory.", problem.Errors()["lines[2].parent_code"].Single());
    }

    [Fact]
    public async Task Reimporting_the_same_file_changes_nothing_and_queues_no_event()
    {
        await ImportAsync(BaToCsv);
        var again = await (await Client.ImportUnitsAsync(BaToCsv)).ReadAsync<UnitImportReport>();
        Assert.Equal((0, 0, 6), Counts(again));
        Assert.Equal(6, await OutboxCountAsync());
    }

    [Fact]
    public async Task A_changed_unit_gets_a_new_version_and_exactly_one_event()
    {
        await ImportAsync(BaToCsv);
        var result = await (await Client.ImportUnitsAsync("code,name,level,parent_code\n21487,Xã Ba Điền (mới),commune,535\n"))
            .ReadAsync<UnitImportReport>();
        Assert.Equal((0, 1, 0), Counts(result));
        var unit = await (await Client.GetAsync("/api/directory/units/21487")).ReadAsync<UnitResponse>();
        Assert.Equal(("Xã Ba Điền (mới)", 2, (DateOnly?)null), (unit.Name, unit.Version, unit.ValidTo));
        Assert.Equal(7, await OutboxCountAsync());
    }

    [Fact]
    public async Task Accepts_a_multipart_upload_and_explains_a_missing_file()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(BaToCsv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "units.csv");
        using var uploaded = await Client.PostAsync("/api/directory/units/import", form);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);

        using var empty = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        using var missing = await Client.PostAsync("/api/directory/units/import", empty);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("file", (await missing.ReadJsonAsync()).Errors().Keys);
    }

    [Fact]
    public async Task Bad_query_values_are_field_errors_not_failures()
    {
        using var response = await Client.GetAsync("/api/directory/units?asOf=30/06/2025&level=county&page=0&pageSize=5000");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["asOf", "level", "page", "pageSize"], (await response.ReadJsonAsync()).Errors().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Imported_and_changed_units_reach_the_cases_and_reporting_copies()
    {
        var logged = await ReportingEventLogCountAsync(); // The host is shared: other tests' events may be logged already.
        await ImportAsync(BaToCsv);
        Assert.Equal(6, await Host.DrainOutboxAsync());
        await Eventually.HoldsAsync(async () => await CopiesAsync("21487") == ("Xã Ba Điền", "Xã Ba Điền"), "both copies hold Ba Điền");

        await ImportAsync("code,name,level,parent_code\n21487,Xã Ba Điền (mới),commune,535\n");
        Assert.Equal(1, await Host.DrainOutboxAsync());
        await Eventually.HoldsAsync(async () => await CopiesAsync("21487") == ("Xã Ba Điền (mới)", "Xã Ba Điền (mới)"), "both copies hold the new name");
        Assert.Equal(logged + 7, await ReportingEventLogCountAsync());
        Assert.Equal(0, await Host.DrainOutboxAsync());
    }

    [Fact]
    public async Task The_shipped_Quang_Ngai_list_imports_cleanly()
    {
        await using var csv = typeof(DirectoryDbContext).Assembly.GetManifestResourceStream("CaseManagement.Directory.DemoData.quang-ngai-units.csv")!;
        using var response = await Client.PostAsync("/api/directory/units/import", new StreamContent(csv) { Headers = { ContentType = new("text/csv") } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(UnitsInDemoList, (await response.ReadAsync<UnitImportReport>()).Created);
        Assert.Equal("522", (await (await Client.GetAsync("/api/directory/units/21025?asOf=2025-06-30")).ReadAsync<UnitResponse>()).ParentCode);
        Assert.Equal("51", (await (await Client.GetAsync("/api/directory/units/21025?asOf=2025-07-01")).ReadAsync<UnitResponse>()).ParentCode);
        Assert.Equal(20, (await ListAsync("/api/directory/units?parentCode=535")).Total);
    }

    private Task<int> OutboxCountAsync() =>
        Host.InScopeAsync(sp => sp.GetRequiredService<DirectoryDbContext>().OutboxMessages.CountAsync());

    private Task<int> ReportingEventLogCountAsync() =>
        Host.InScopeAsync(sp => sp.GetRequiredService<CaseManagement.Reporting.Persistence.ReportingDbContext>().EventLog.CountAsync());

    private Task<(string?, string?)> CopiesAsync(string code) => Host.InScopeAsync(async sp =>
    {
        var cases = await sp.GetRequiredService<CaseManagement.Cases.Persistence.CasesDbContext>().Units.AsNoTracking()
            .Where(u => u.Code == code).Select(u => u.Name).SingleOrDefaultAsync();
        var reporting = await sp.GetRequiredService<CaseManagement.Reporting.Persistence.ReportingDbContext>().Units.AsNoTracking()
            .Where(u => u.Code == code).Select(u => u.Name).SingleOrDefaultAsync();
        return (cases, reporting);
    });
}

[Collection(SqliteCollection.Name)]
public sealed class UnitsApiOnSqlite(SqliteHost host) : UnitsApiTests(host);

[Collection(PostgresCollection.Name)]
public sealed class UnitsApiOnPostgres(PostgresRabbitHost host) : UnitsApiTests(host);
