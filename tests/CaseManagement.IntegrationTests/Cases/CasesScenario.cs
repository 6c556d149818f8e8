using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Intake;
using CaseManagement.Cases.Features.Procedure;
using CaseManagement.Cases.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Cases;

/// <summary>Units in force today for case tests: Ba Tơ district with its township (21484, one
/// residential group) and the remote commune of Ba Điền (21487), and Nguyễn Nghiêm ward (21025)
/// in another district; imported through the Directory and awaited in Cases' copy.</summary>
public static class CasesScenario
{
    public const string Units = """
        code,name,level,parent_code,remote
        51,Tỉnh Quảng Ngãi,province,,
        522,Thành phố Quảng Ngãi,district,51,
        535,Huyện Ba Tơ,district,51,
        21025,Phường Nguyễn Nghiêm,commune,522,
        21484,Thị trấn Ba Tơ,commune,535,
        21487,Xã Ba Điền,commune,535,có
        21484-TDP1,Tổ dân phố 1,village,21484,
        """;

    public static async Task LoadUnitsAsync(CaseManagementHost host)
    {
        using var admin = await host.ClientForAsync(Roles.Admin, "51");
        using var imported = await admin.ImportUnitsAsync(Units);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        await host.DrainOutboxAsync();
        await Eventually.HoldsAsync(
            async () => await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Units.CountAsync()) == 7,
            "Cases has its copy of the units");
        await Eventually.HoldsAsync(
            async () => await host.InScopeAsync(sp => sp.GetRequiredService<CaseManagement.Identity.Persistence.IdentityDbContext>().Units.CountAsync()) == 7,
            "Identity has its copy of the units (accounts and clients are registered in a unit)");
    }

    /// <summary>Today in Vietnam, as a request's date (a step done today).</summary>
    public static string Today => $"{DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)):yyyy-MM-dd}";

    public static IntakeRequest Report(
        string childName = "Nguyễn Văn An", string? receivedAt = null, string place = "21484-TDP1", string sex = "Male", string? dateOfBirth = "2015-03-02",
        string? personalNumber = "051215000123") => new(
        "Hotline111",
        receivedAt,
        "Tổng đài 111",
        new ReporterRequest(true, "Trần Thị Bình", "0905 123 456", "Ba Tơ", "Hàng xóm"),
        [new ChildRequest(null, childName, dateOfBirth, dateOfBirth is null ? 9 : null, sex, "H're", personalNumber, "21484-TDP1", "Tổ 1, thị trấn Ba Tơ",
            "Trường Tiểu học Ba Tơ", "4A", [new CarerRequest("Nguyễn Văn Cường", 38, "Cha", "Làm nông", "Hộ nghèo", true)])],
        new IncidentRequest("Abuse", "Violence", "PhysicalViolence", null, null, [], place, "family", "2026-11-20",
            "Cháu bị cha đánh bằng roi, nhiều vết bầm trên lưng.", "Sợ hãi, không dám về nhà.", "Tiếp tục bị đánh.", "Đã báo công an xã."));

    public static Task<IntakeResponse> ReceiveAsync(HttpClient client, IntakeRequest request) =>
        client.PostAsJsonAsync("/api/cases", request).ExpectAsync<IntakeResponse>(HttpStatusCode.Created);

    public static Task<CaseStepResponse> StepAsync(HttpClient client, Guid caseId, string step, object body) =>
        client.PostAsJsonAsync($"/api/cases/{caseId}/{step}", body).ExpectAsync<CaseStepResponse>(HttpStatusCode.OK);

    /// <summary>Waits until the case shows the status, sending what the modules' outboxes hold meanwhile.</summary>
    public static async Task<CaseManagement.Cases.Features.ViewCase.CaseDetails> CaseReachesAsync(CaseManagementHost host, HttpClient client, Guid caseId, CaseStatus expected)
    {
        CaseManagement.Cases.Features.ViewCase.CaseDetails? details = null;
        await Eventually.HoldsAsync(async () =>
        {
            await host.DrainOutboxAsync();
            details = await (await client.GetAsync($"/api/cases/{caseId}")).ReadAsync<CaseManagement.Cases.Features.ViewCase.CaseDetails>();
            return details.Status == expected;
        }, $"the case reaches {expected}");
        return details!;
    }
}
