using System.Net;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Identity.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Identity;

/// <summary>A small unit tree, loaded through the Directory import and awaited in Identity's copy:
/// province 51 with the districts 522 and 535; ward 21025 under 522 and township 21484 under 535.</summary>
public static class IdentityScenario
{
    public const string Units = """
        code,name,level,parent_code
        51,Tỉnh Quảng Ngãi,province,
        522,Thành phố Quảng Ngãi,district,51
        535,Huyện Ba Tơ,district,51
        21025,Phường Nguyễn Nghiêm,commune,522
        21484,Thị trấn Ba Tơ,commune,535
        """;

    public static async Task LoadUnitsAsync(CaseManagementHost host)
    {
        using var admin = await host.ClientForAsync(Roles.Admin, "51");
        using var imported = await admin.ImportUnitsAsync(Units);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        await host.DrainOutboxAsync();
        await Eventually.HoldsAsync(
            async () => await host.InScopeAsync(sp => sp.GetRequiredService<IdentityDbContext>().Units.CountAsync()) == 5,
            "Identity has its copy of the units");
    }

    /// <summary>Creates a user and returns its id.</summary>
    public static async Task<Guid> CreateUserAsync(CaseManagementHost host, string role, string unitCode)
    {
        var userName = await host.Accounts.CreateUserAsync(role, unitCode);
        return await host.InScopeAsync(sp => sp.GetRequiredService<IdentityDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
    }
}
