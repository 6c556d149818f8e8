using System.Net;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Features.ImportUnits;
using CaseManagement.Directory.Features.ListUnits;
using CaseManagement.IntegrationTests.Infrastructure;

namespace CaseManagement.IntegrationTests.Directory;

/// <summary>What the Directory API tests share: a clean database, an admin client, a small unit list.</summary>
public abstract class DirectoryApiTests(CaseManagementHost host) : IAsyncLifetime
{
    protected const string BaToCsv = """
        code,name,level,parent_code,valid_from,valid_to
        51,Tỉnh Quảng Ngãi,province,,,
        535,Huyện Ba Tơ,district,51,,2025-06-30
        522,Thành phố Quảng Ngãi,district,51,,2025-06-30
        21484,Thị trấn Ba Tơ,commune,535,,2025-06-30
        21487,Xã Ba Điền,commune,535,,2025-06-30
        21025,Phường Nguyễn Nghiêm,commune,522,,2025-06-30
        """;

    protected const int UnitsInDemoList = 36;

    protected CaseManagementHost Host { get; } = host;

    protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Host.ResetAsync();
        Client = await Host.ClientForAsync(Roles.Admin);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    protected static (int Created, int Updated, int Unchanged) Counts(UnitImportReport report) =>
        (report.Created, report.Updated, report.Unchanged);

    protected async Task ImportAsync(string csv)
    {
        using var response = await Client.ImportUnitsAsync(csv);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    protected async Task<PagedResponse<UnitResponse>> ListAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<PagedResponse<UnitResponse>>();
    }
}
