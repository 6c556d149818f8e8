using System.Globalization;
using System.Net.Http.Json;
using CaseManagement.Cases.Features.Intake;

namespace CaseManagement.WebTests.Infrastructure;

/// <summary>Reports taken through the API in Phường Nguyễn Nghiêm (21025), where the demo users work.</summary>
public static class Reports
{
    public static async Task<(Guid Id, string Number)> TakeAsync(HttpClient api, string childName, DateTimeOffset receivedAt)
    {
        var report = new IntakeRequest(
            "Hotline111", receivedAt.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), "Tổng đài 111",
            new ReporterRequest(true, "Trần Thị Bình", "0905 123 456", "Nguyễn Nghiêm", "Hàng xóm"),
            [new ChildRequest(null, childName, "2015-03-02", null, "Male", "Kinh", null, "21025-TDP1", "Tổ 1, phường Nguyễn Nghiêm", null, null, [])],
            new IncidentRequest("Abuse", "Violence", "PhysicalViolence", null, null, [], "21025-TDP1", "family", null,
                "Cháu bị đánh, nhiều vết bầm.", null, null, null));
        using var response = await api.PostAsJsonAsync("api/cases", report);
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return (created.GetProperty("caseId").GetGuid(), created.GetProperty("number").GetString()!);
    }
}
