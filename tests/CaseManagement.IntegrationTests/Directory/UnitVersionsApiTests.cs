using System.Net;
using CaseManagement.Directory.Features.ImportUnits;
using CaseManagement.Directory.Features.ListUnits;
using CaseManagement.Directory.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Directory;

/// <summary>Units over time: versions, the 2025 merger, tree questions as of a date, dry runs.</summary>
public abstract class UnitVersionsApiTests(CaseManagementHost host) : DirectoryApiTests(host)
{
    // From 1 July 2025 Ba Tơ township is merged into Ba Điền, renamed Xã Ba Tơ, directly under the province.
    private const string Reform = """
        code,name,level,parent_code,valid_from,valid_to,successor_codes,remote
        21484,Thị trấn Ba Tơ,commune,535,,2025-06-30,21487,có
        21487,Xã Ba Tơ,commune,51,2025-07-01,,,có
        """;

    [Fact]
    public async Task A_merger_adds_a_version_and_a_successor_link()
    {
        await ImportAsync(BaToCsv);
        var report = await (await Client.ImportUnitsAsync(Reform)).ReadAsync<UnitImportReport>();
        Assert.Equal((1, 1, 0), Counts(report));

        var versions = await GetAsync<List<UnitResponse>>("/api/directory/units/21487/versions");
        Assert.Equal(["Xã Ba Điền", "Xã Ba Tơ"], versions.Select(v => v.Name));
        Assert.Equal(["535", "51"], versions.Select(v => v.ParentCode));
        var township = Assert.Single(await GetAsync<List<UnitResponse>>("/api/directory/units/21484/versions"));
        Assert.Equal(["21487"], township.SuccessorCodes);
        Assert.True(township.Remote);

        Assert.Equal("Xã Ba Điền", (await GetAsync<UnitResponse>("/api/directory/units/21487?asOf=2025-06-30")).Name);
        Assert.Equal("Xã Ba Tơ", (await GetAsync<UnitResponse>("/api/directory/units/21487")).Name);
        Assert.Equal("Thị trấn Ba Tơ", (await GetAsync<UnitResponse>("/api/directory/units/21484")).Name); // its last version
    }

    [Fact]
    public async Task Ancestors_descendants_and_successors_follow_the_hierarchy_in_force()
    {
        await ImportAsync(BaToCsv);
        await ImportAsync(Reform);

        Assert.Equal(["535", "51"], await CodesAsync("/api/directory/units/21487/ancestors?asOf=2025-06-30"));
        Assert.Equal(["51"], await CodesAsync("/api/directory/units/21487/ancestors?asOf=2025-07-01"));
        Assert.Equal(["522", "535", "21025", "21484", "21487"], await CodesAsync("/api/directory/units/51/descendants?asOf=2025-06-30")); // level by level
        Assert.Equal(["21487"], await CodesAsync("/api/directory/units/51/descendants?asOf=2025-07-01"));
        Assert.Equal(["21484", "21487"], await CodesAsync("/api/directory/units/535/descendants?asOf=2025-01-01&level=commune"));
        Assert.Equal(["21487"], await CodesAsync("/api/directory/units/21484/counts-toward?asOf=2025-08-01"));
        Assert.Equal(["21484"], await CodesAsync("/api/directory/units/21484/counts-toward?asOf=2025-01-01"));

        using var gone = await Client.GetAsync("/api/directory/units/535/descendants?asOf=2025-07-01");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Đơn vị hành chính mã 535 không có hiệu lực vào ngày 01/07/2025.", (await gone.ReadJsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_dry_run_reports_changes_and_every_bad_line_without_saving()
    {
        await ImportAsync(BaToCsv);
        var before = await DirectoryOutboxCountAsync();

        var valid = await (await Client.PostAsync("/api/directory/units/import?dryRun=true", Csv(Reform))).ReadAsync<UnitImportReport>();
        Assert.Equal((true, true, 1, 1, 0), (valid.DryRun, valid.Valid, valid.Created, valid.Updated, valid.Unchanged));

        const string bad = """
            code,name,level,parent_code,valid_from,valid_to,successor_codes
            21487,Xã Ba Tơ,commune,51,2025-06-01,,
            21490,Xã Ba Vinh,commune,535,,2025-06-30,99999
            D1,Huyện Một,district,D2,,,
            D2,Huyện Hai,district,D1,,,
            30001,Xã Mới,commune,535,2025-07-01,,
            """;
        using var response = await Client.PostAsync("/api/directory/units/import?dryRun=true", Csv(bad));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadAsync<UnitImportReport>();
        Assert.False(report.Valid);
        Assert.Equal(
            [(2, "valid_from", "unit.validity_overlap"), (3, "successor_codes", "unit.successor_unknown"),
             (4, "parent_code", "unit.cycle"), (4, "parent_code", "unit.parent_level"),
             (5, "parent_code", "unit.cycle"), (5, "parent_code", "unit.parent_level"),
             (6, "parent_code", "unit.parent_not_in_force")],
            report.Problems.Select(p => (p.Line, p.Column, p.Code)).OrderBy(p => p).ToList());
        Assert.Contains("D1 → D2 → D1", report.Problems.First(p => p.Code == "unit.cycle").Message);
        Assert.Equal("Đơn vị cấp trên 535 không có hiệu lực vào ngày 01/07/2025.", report.Problems.Single(p => p.Line == 6).Message);

        Assert.Equal(before, await DirectoryOutboxCountAsync());
        Assert.Single(await GetAsync<List<UnitResponse>>("/api/directory/units/21487/versions"));

        using var refused = await Client.ImportUnitsAsync(bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("lines[6].parent_code", (await refused.ReadJsonAsync()).Errors().Keys);
    }

    [Fact]
    public async Task The_merger_reaches_the_other_modules_copies_as_versions()
    {
        await ImportAsync(BaToCsv);
        await ImportAsync(Reform);
        Assert.Equal(8, await Host.DrainOutboxAsync());
        await Eventually.HoldsAsync(async () => await Host.InScopeAsync(async sp =>
        {
            var cases = await sp.GetRequiredService<CaseManagement.Cases.Persistence.CasesDbContext>().Units.AsNoTracking()
                .Where(u => u.Code == "21487" || u.Code == "21484")
                .Select(u => new { u.Code, u.SuccessorCodes, u.Remote }).ToListAsync();
            var identity = await sp.GetRequiredService<CaseManagement.Identity.Persistence.IdentityDbContext>().Units.AsNoTracking()
                .CountAsync(u => u.Code == "21487");
            var shown = cases.Select(u => $"{u.Code}:{u.SuccessorCodes}:{u.Remote}").Order(StringComparer.Ordinal);
            return shown.SequenceEqual(["21484:21487:True", "21487::False", "21487::True"]) && identity == 2;
        }), "Cases and Identity hold both versions of 21487 and the township's successor");
    }

    private static StringContent Csv(string csv) => new(csv, System.Text.Encoding.UTF8, "text/csv");

    private Task<T> GetAsync<T>(string url) => Client.GetAsync(url).ExpectAsync<T>(HttpStatusCode.OK);

    private async Task<List<string>> CodesAsync(string url) => (await GetAsync<List<UnitResponse>>(url)).ConvertAll(u => u.Code);

    private Task<int> DirectoryOutboxCountAsync() =>
        Host.InScopeAsync(sp => sp.GetRequiredService<DirectoryDbContext>().OutboxMessages.CountAsync());
}

[Collection(SqliteCollection.Name)]
public sealed class UnitVersionsApiOnSqlite(SqliteHost host) : UnitVersionsApiTests(host);

[Collection(PostgresCollection.Name)]
public sealed class UnitVersionsApiOnPostgres(PostgresRabbitHost host) : UnitVersionsApiTests(host);
