using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Identity.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Benchmarks;

/// <summary>
/// What token validation, authorization and the audit write add to a request: the audited,
/// authorized <c>GET /api/identity/users/{id}</c> with a bearer token, against a baseline branch
/// that runs the same user lookup before the pipeline. The baseline also skips the other
/// middleware (localization, correlation, logging), so the difference is an upper bound.
/// </summary>
internal static class AuthOverheadBenchmark
{
    public const string BaselinePath = "/bench-baseline/users/";
    public const string UnitBaselinePath = "/bench-baseline/units/";

    public static async Task<int> RunAsync(string[] args)
    {
        var requests = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 3000;
        await using var host = await BenchHost.StartAsync(services => services.AddTransient<IStartupFilter, BaselineEndpoint>());
        var (userId, token) = await SignInAsync(host);
        using var client = host.CreateClient();

        // Warm up both paths (JIT, pools, caches).
        await MeasureAsync(client, () => Authorized($"/api/identity/users/{userId}", token), 300);
        await MeasureAsync(client, () => new HttpRequestMessage(HttpMethod.Get, BaselinePath + userId), 300);

        var withAuth = new List<double>();
        var baseline = new List<double>();
        var pipelineOnly = new List<double>();
        var tokenOnly = new List<double>();
        var unitBaseline = new List<double>();
        for (var round = 0; round < 10; round++)
        {
            // Interleaved rounds, so drift on the machine affects every series alike.
            withAuth.AddRange(await MeasureAsync(client, () => Authorized($"/api/identity/users/{userId}", token), requests / 10));
            baseline.AddRange(await MeasureAsync(client, () => new HttpRequestMessage(HttpMethod.Get, BaselinePath + userId), requests / 10));
            pipelineOnly.AddRange(await MeasureAsync(client, () => new HttpRequestMessage(HttpMethod.Get, "/health/live"), requests / 10));
            tokenOnly.AddRange(await MeasureAsync(client, () => Authorized("/api/directory/units/51", token), requests / 10));
            unitBaseline.AddRange(await MeasureAsync(client, () => new HttpRequestMessage(HttpMethod.Get, UnitBaselinePath + "51"), requests / 10));
        }

        withAuth.Sort();
        baseline.Sort();
        Console.WriteLine("token + authorization + audit: " + Percentiles.Summary(withAuth));
        Console.WriteLine("baseline (same lookup, no pipeline): " + Percentiles.Summary(baseline));
        Console.WriteLine("anonymous /health/live through the pipeline: " + Percentiles.Summary(pipelineOnly));
        Console.WriteLine("token + authorization, not audited (GET a unit): " + Percentiles.Summary(tokenOnly));
        Console.WriteLine("baseline (same unit lookup, no pipeline): " + Percentiles.Summary(unitBaseline));
        Console.WriteLine(FormattableString.Invariant(
            $"token validation + authorization + pipeline add: p50 {Percentiles.Of(tokenOnly, 50) - Percentiles.Of(unitBaseline, 50):F2} ms, p95 {Percentiles.Of(tokenOnly, 95) - Percentiles.Of(unitBaseline, 95):F2} ms"));
        Console.WriteLine(FormattableString.Invariant(
            $"token + authorization + audit (+ jurisdiction) add: p50 {Percentiles.Of(withAuth, 50) - Percentiles.Of(baseline, 50):F2} ms, p95 {Percentiles.Of(withAuth, 95) - Percentiles.Of(baseline, 95):F2} ms"));
        var auditWrites = await MeasureAuditWritesAsync(host, userId, requests);
        Console.WriteLine("audit write alone (IAuditTrail.RecordAsync, as the middleware calls it): " + Percentiles.Summary(auditWrites));
        Console.WriteLine(FormattableString.Invariant(
            $"token validation + authorization + audit write: p50 {Percentiles.Of(tokenOnly, 50) - Percentiles.Of(unitBaseline, 50) + Percentiles.Of(auditWrites, 50):F2} ms, ") +
            FormattableString.Invariant($"p95 at most {Percentiles.Of(tokenOnly, 95) - Percentiles.Of(unitBaseline, 95) + Percentiles.Of(auditWrites, 95):F2} ms"));
        return 0;
    }

    private static async Task<List<double>> MeasureAuditWritesAsync(BenchHost host, Guid userId, int count)
    {
        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            var start = Stopwatch.GetTimestamp();
            await audit.RecordAsync(new AuditRecord("read", "user", userId.ToString(), AuditOutcomes.Success, 200, "bench", "bench.admin"), CancellationToken.None);
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        timings.Sort();
        return timings;
    }

    internal static HttpRequestMessage Authorized(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static async Task<List<double>> MeasureAsync(HttpClient client, Func<HttpRequestMessage> request, int count)
    {
        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            using var message = request();
            var start = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(message);
            await response.Content.ReadAsByteArrayAsync();
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{message.RequestUri} answered {(int)response.StatusCode}");
            }
        }

        return timings;
    }

    internal static async Task<(Guid UserId, string Token)> SignInAsync(BenchHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var admin = new User { UserName = "bench.admin", FullName = "Bench", UnitCode = "51" };
        await users.CreateAsync(admin, "Bench@Passw0rd");
        await users.AddToRoleAsync(admin, Roles.Admin);
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "casemanagement-dev", ["username"] = "bench.admin", ["password"] = "Bench@Passw0rd",
            ["scope"] = "casemanagement.api",
        }));
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        using var import = Authorized("/api/directory/units/import", token);
        import.Method = HttpMethod.Post;
        import.Content = new StringContent("code,name,level,parent_code\n51,Tỉnh Quảng Ngãi,province,\n", System.Text.Encoding.UTF8, "text/csv");
        (await client.SendAsync(import)).EnsureSuccessStatusCode();
        return (admin.Id, token);
    }

    /// <summary>The same lookup the users endpoint makes, mapped before every middleware.</summary>
    private sealed class BaselineEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(UnitBaselinePath.TrimEnd('/'), branch => branch.Run(async context =>
            {
                var db = context.RequestServices.GetRequiredService<CaseManagement.Directory.Persistence.DirectoryDbContext>();
                var code = context.Request.Path.Value!.Trim('/');
                var unit = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                    Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.Units), u => u.Code == code);
                await context.Response.WriteAsJsonAsync(new { unit.Code, unit.Name, unit.Level, unit.ParentCode, unit.ValidFrom, unit.ValidTo, unit.Version });
            }));
            app.Map(BaselinePath.TrimEnd('/'), branch => branch.Run(async context =>
            {
                var users = context.RequestServices.GetRequiredService<UserManager<User>>();
                var user = await users.FindByIdAsync(context.Request.Path.Value!.Trim('/'));
                var roles = await users.GetRolesAsync(user!);
                await context.Response.WriteAsJsonAsync(new { user!.Id, user.UserName, user.FullName, user.UnitCode, roles });
            }));
            next(app);
        };
    }
}
