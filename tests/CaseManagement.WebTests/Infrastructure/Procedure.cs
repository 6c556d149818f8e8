using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseManagement.WebTests.Infrastructure;

/// <summary>Steps taken through the API to bring a case to where a journey starts, each with the case's current version.</summary>
public static class Procedure
{
    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string InDays(int days) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<JsonElement> CaseAsync(HttpClient api, Guid id) => await api.GetFromJsonAsync<JsonElement>($"api/cases/{id}");

    public static async Task StepAsync(HttpClient api, Guid id, string path, Func<int, object> body)
    {
        var version = (await CaseAsync(api, id)).GetProperty("version").GetInt32();
        using var response = await api.PostAsJsonAsync($"api/cases/{id}/{path}", body(version));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<JsonElement> PostAsync(HttpClient api, string path, object body)
    {
        using var response = await api.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Verified and assessed: the case is in its initial assessment.</summary>
    public static async Task VerifiedAsync(HttpClient worker, Guid id)
    {
        await StepAsync(worker, id, "verification/start", v => new { version = v });
        await StepAsync(worker, id, "verification", v => new { version = v, outcome = "Confirmed" });
    }

    /// <summary>Assessed without an emergency, assessed in depth and conferred: the case is planning.</summary>
    public static async Task PlanningAsync(HttpClient worker, Guid id)
    {
        await VerifiedAsync(worker, id);
        await StepAsync(worker, id, "initial-assessment", v => new { version = v, harm = "Medium", risk = "Medium", emergencyNeeded = false, reason = "Mẹ bảo vệ được trẻ." });
        await StepAsync(worker, id, "specific-assessment", v => new
        {
            version = v, areas = new { physicalAndMentalState = "Bầm tím nhẹ, sợ hãi.", familyAndProtectiveCapacity = "Mẹ bảo vệ được trẻ." },
            needs = new[] { "PsychologicalCare" },
        });
        await StepAsync(worker, id, "conference", v => new { version = v, heldOn = Today, participants = "Cán bộ xã, mẹ của trẻ", needsAgreed = new[] { "PsychologicalCare" } });
    }

    /// <summary>A plan with one service (by <paramref name="provider"/> when given) drafted, submitted and approved: the case is in support.</summary>
    public static async Task InSupportAsync(HttpClient worker, HttpClient chair, Guid id, Guid? provider = null)
    {
        await PlanningAsync(worker, id);
        var plan = await Eventually(() => PostAsync(worker, $"api/support/cases/{id}/plans", new
        {
            objectives = "Trẻ an toàn, ổn định tâm lý.",
            items = new[]
            {
                new
                {
                    serviceType = "PsychologicalCare", responsiblePerson = "Cán bộ xã", providerOrganisationId = provider, startOn = Today, expectedEndOn = InDays(30),
                    estimatedCostVnd = 500_000,
                },
            },
        }));
        var planId = plan.GetProperty("id").GetGuid();
        plan = await PostAsync(worker, $"api/support/plans/{planId}/submission", new { version = plan.GetProperty("version").GetInt32() });
        await PostAsync(chair, $"api/support/plans/{planId}/decision", new { version = plan.GetProperty("version").GetInt32(), approve = true, decisionNumber = "12/QĐ-UBND" });
        await WaitForStatusAsync(worker, id, "Support");
    }

    /// <summary>Until the case's copy in SupportInterventions has caught up (it answers 409 <c>case.still_updating</c> meanwhile).</summary>
    private static async Task<JsonElement> Eventually(Func<Task<JsonElement>> attempt)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (Xunit.Sdk.XunitException) when (i < 20)
            {
                await Task.Delay(250);
            }
        }
    }

    public static async Task WaitForStatusAsync(HttpClient api, Guid id, string status)
    {
        for (var i = 0; i < 40 && (await CaseAsync(api, id)).GetProperty("status").GetString() != status; i++)
        {
            await Task.Delay(250);
        }

        Assert.Equal(status, (await CaseAsync(api, id)).GetProperty("status").GetString());
    }
}
