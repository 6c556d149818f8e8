using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Intake;
using CaseManagement.Cases.Features.Procedure;
using CaseManagement.SupportInterventions.Features.Plans;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Benchmarks;

/// <summary>
/// Plan approval end to end on PostgreSQL + RabbitMQ: from the chair's approval request until Cases,
/// read through its API as the social worker would, shows the case in the support step
/// (SupportInterventions' outbox → RabbitMQ → Cases' consumer → Cases' state). Cases are brought to a
/// submitted plan through the API first; approvals are then measured one at a time and with several
/// chairs at once.
/// </summary>
internal static class SupportPlanBenchmark
{
    private const string Units = """
        code,name,level,parent_code,remote
        51,Tỉnh Quảng Ngãi,province,,
        535,Huyện Ba Tơ,district,51,
        21484,Thị trấn Ba Tơ,commune,535,
        21484-TDP1,Tổ dân phố 1,village,21484,
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static async Task<int> RunAsync(string[] args)
    {
        var sequential = Option(args, "--plans", 200);
        var concurrency = Option(args, "--concurrent", 8);
        await using var host = await BenchHost.StartAsync();
        var (_, adminToken) = await AuthOverheadBenchmark.SignInAsync(host);
        using var client = host.CreateClient();
        await ImportUnitsAsync(host, client, adminToken);
        var worker = await CaseIntakeBenchmark.TokenForAsync(host, client, Roles.SocialWorker, "21484");
        var chair = await CaseIntakeBenchmark.TokenForAsync(host, client, Roles.CommuneChair, "21484");

        var total = sequential + 20 + concurrency * 25;
        var started = Stopwatch.StartNew();
        var plans = await SubmittedPlansAsync(host, client, worker, total);
        Console.WriteLine(FormattableString.Invariant($"{total} cases brought to a submitted plan through the API in {started.Elapsed.TotalSeconds:F0} s"));

        await MeasureAsync(client, worker, chair, plans.Take(20).ToList(), 1); // warm-up
        var one = await MeasureAsync(client, worker, chair, plans.Skip(20).Take(sequential).ToList(), 1);
        Console.WriteLine("plan approval → Cases shows the support step, one chair at a time: " + Percentiles.Summary(one));
        var many = await MeasureAsync(client, worker, chair, plans.Skip(20 + sequential).ToList(), concurrency);
        Console.WriteLine($"plan approval → Cases shows the support step, {concurrency} chairs at once: " + Percentiles.Summary(many));
        return 0;
    }

    private static async Task<List<double>> MeasureAsync(HttpClient client, string worker, string chair, List<(Guid CaseId, PlanResponse Plan)> plans, int concurrency)
    {
        var timings = new List<double>(plans.Count);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < plans.Count)
            {
                var (caseId, plan) = plans[index];
                var start = Stopwatch.GetTimestamp();
                using (var approved = await CaseIntakeBenchmark.Post(client, chair, $"/api/support/plans/{plan.Id}/decision", new PlanDecisionRequest(plan.Version, true, "1/QĐ-UBND", null)))
                {
                    approved.EnsureSuccessStatusCode();
                }

                while (await StatusAsync(client, worker, caseId) != nameof(CaseStatus.Support))
                {
                    await Task.Delay(2);
                }

                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                lock (timings)
                {
                    timings.Add(elapsed);
                }
            }
        }));
        return timings;
    }

    private static async Task<string?> StatusAsync(HttpClient client, string token, Guid caseId)
    {
        using var response = await CaseIntakeBenchmark.Get(client, token, $"/api/cases/{caseId}");
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        return body.RootElement.GetProperty("status").GetString();
    }

    /// <summary>Reports taken to the case conference, then (once SupportInterventions sees them at
    /// planning) a plan drafted and submitted for each.</summary>
    private static async Task<List<(Guid, PlanResponse)>> SubmittedPlansAsync(BenchHost host, HttpClient client, string worker, int count)
    {
        var caseIds = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            var received = await Send<IntakeResponse>(client, worker, HttpMethod.Post, "/api/cases", Report(i));
            var step = await Send<CaseStepResponse>(client, worker, HttpMethod.Post, $"/api/cases/{received.CaseId}/verification/start", new VersionedRequest(1));
            step = await Send<CaseStepResponse>(client, worker, HttpMethod.Post, $"/api/cases/{received.CaseId}/verification", new VerificationRequest(step.Version, "Confirmed", null));
            step = await Send<CaseStepResponse>(client, worker, HttpMethod.Post, $"/api/cases/{received.CaseId}/initial-assessment",
                new InitialAssessmentRequest(step.Version, "Low", "Medium", false, "Không khẩn cấp."));
            step = await Send<CaseStepResponse>(client, worker, HttpMethod.Post, $"/api/cases/{received.CaseId}/specific-assessment",
                new SpecificAssessmentRequest(step.Version, new AssessmentAreas("Ổn định", null, null, null, null, null, null, null), ["FamilyCounselling"]));
            await Send<CaseStepResponse>(client, worker, HttpMethod.Post, $"/api/cases/{received.CaseId}/conference",
                new ConferenceRequest(step.Version, "2026-11-21", "UBND, trưởng thôn", null, ["FamilyCounselling"]));
            caseIds.Add(received.CaseId);
        }

        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var inPlanning = await scope.ServiceProvider.GetRequiredService<SupportInterventionsDbContext>().Cases.CountAsync(c => c.Status == CaseStatus.Planning);
            if (inPlanning >= count)
            {
                break;
            }

            await Task.Delay(50);
        }

        var plans = new List<(Guid, PlanResponse)>(count);
        foreach (var caseId in caseIds)
        {
            var plan = await Send<PlanResponse>(client, worker, HttpMethod.Post, $"/api/support/cases/{caseId}/plans", new PlanDraftRequest(null, "Cháu an toàn.",
                [new PlanItemRequest("FamilyCounselling", "Tư vấn cha mẹ", null, "Hội Phụ nữ thị trấn", null, "2026-11-26", "2026-12-26", 500_000)]));
            plans.Add((caseId, await Send<PlanResponse>(client, worker, HttpMethod.Post, $"/api/support/plans/{plan.Id}/submission", new PlanStepRequest(plan.Version))));
        }

        return plans;
    }

    private static IntakeRequest Report(int i) => new(
        "Hotline111", null, "Tổng đài 111", new ReporterRequest(false, null, null, null, null),
        [new ChildRequest(null, "Trẻ em số " + i.ToString(CultureInfo.InvariantCulture), null, 9, "Female", "Kinh", null, "21484-TDP1", null, null, null, [])],
        new IncidentRequest("Abuse", "Violence", "PhysicalViolence", null, null, [], "21484-TDP1", "family", "2026-11-20", "Bị đánh.", "Sợ hãi.", "Tiếp tục bị đánh.", null));

    private static async Task<T> Send<T>(HttpClient client, string token, HttpMethod method, string path, object body)
    {
        using var request = AuthOverheadBenchmark.Authorized(path, token);
        request.Method = method;
        request.Content = JsonContent.Create(body);
        using var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    private static async Task ImportUnitsAsync(BenchHost host, HttpClient client, string token)
    {
        using var import = AuthOverheadBenchmark.Authorized("/api/directory/units/import", token);
        import.Method = HttpMethod.Post;
        import.Content = new StringContent(Units, Encoding.UTF8, "text/csv");
        (await client.SendAsync(import)).EnsureSuccessStatusCode();
        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<SupportInterventionsDbContext>().Units.CountAsync() >= 4
                && await scope.ServiceProvider.GetRequiredService<Cases.Persistence.CasesDbContext>().Units.CountAsync() >= 4)
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
