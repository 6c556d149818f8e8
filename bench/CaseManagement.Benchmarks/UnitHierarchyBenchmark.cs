using System.Diagnostics;
using System.Globalization;
using System.Text;
using CaseManagement.Directory.Domain;
using CaseManagement.Directory.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Benchmarks;

/// <summary>
/// A national unit list (34 provinces, 3,321 communes, villages up to 12,000 units) imported through
/// <c>POST /api/directory/units/import</c> on PostgreSQL (validation, upsert and one event per unit in
/// the outbox), then ancestors and descendants asked through HTTP with a token, as a client would.
/// </summary>
internal static class UnitHierarchyBenchmark
{
    internal const int Provinces = 34;
    internal const int Communes = 3321;

    public static async Task<int> RunAsync(string[] args)
    {
        var total = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 12_000;
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
        await using var host = await BenchHost.StartAsync();
        var (_, token) = await AuthOverheadBenchmark.SignInAsync(host);
        using var client = host.CreateClient();
        var (csv, villages) = NationalList(total);

        var watch = Stopwatch.StartNew();
        using (var import = AuthOverheadBenchmark.Authorized("/api/directory/units/import", token))
        {
            import.Method = HttpMethod.Post;
            import.Content = new StringContent(csv, Encoding.UTF8, "text/csv");
            (await client.SendAsync(import)).EnsureSuccessStatusCode();
        }

        Console.WriteLine(FormattableString.Invariant($"import of {total} units (dry checks, upsert, {total} events in the outbox): {watch.Elapsed.TotalSeconds:F2} s"));

        watch.Restart();
        using (var again = AuthOverheadBenchmark.Authorized("/api/directory/units/import?dryRun=true", token))
        {
            again.Method = HttpMethod.Post;
            again.Content = new StringContent(csv, Encoding.UTF8, "text/csv");
            (await client.SendAsync(again)).EnsureSuccessStatusCode();
        }

        Console.WriteLine(FormattableString.Invariant($"dry run of the same {total} units (all unchanged): {watch.Elapsed.TotalSeconds:F2} s"));

        // Queries are measured once the import's events have been consumed, not while the Host is busy publishing them.
        watch.Restart();
        while (await CopiesAsync(host) < total + 1) // and the province the bench admin was given
        {
            await Task.Delay(200);
        }

        Console.WriteLine(FormattableString.Invariant($"its events consumed by the other modules after a further {watch.Elapsed.TotalSeconds:F1} s"));

        var random = new Random(7);
        var paths = new (string Name, Func<string> Path)[]
        {
            ("ancestors of a village", () => $"/api/directory/units/{villages[random.Next(villages.Count)]}/ancestors"),
            ("descendants of a commune", () => $"/api/directory/units/{CommuneCode(random.Next(Communes))}/descendants"),
            ("descendants of a province (about 350 units)", () => $"/api/directory/units/{ProvinceCode(random.Next(Provinces))}/descendants"),
        };
        foreach (var (name, path) in paths)
        {
            await MeasureAsync(client, token, path, 200); // warm-up: JIT, the hierarchy snapshot
            Console.WriteLine($"{name}, through HTTP with a token: " + Percentiles.Summary(await MeasureAsync(client, token, path, requests)));
        }

        var hierarchy = await host.Services.GetRequiredService<UnitHierarchyCache>().GetAsync(CancellationToken.None);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var inMemory = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            var start = Stopwatch.GetTimestamp();
            _ = hierarchy.Descendants(ProvinceCode(random.Next(Provinces)), today);
            _ = hierarchy.Ancestors(villages[random.Next(villages.Count)], today);
            inMemory.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        Console.WriteLine("in memory, descendants of a province + ancestors of a village: " + Percentiles.Summary(inMemory));
        return 0;
    }

    private static async Task<List<double>> MeasureAsync(HttpClient client, string token, Func<string> path, int count)
    {
        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            using var request = AuthOverheadBenchmark.Authorized(path(), token);
            var start = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }

        return timings;
    }

    private static async Task<int> CopiesAsync(BenchHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseManagement.Identity.Persistence.IdentityDbContext>().Units.CountAsync();
    }

    internal static string ProvinceCode(int i) => (i + 1).ToString("00", CultureInfo.InvariantCulture);

    internal static string CommuneCode(int i) => (30000 + i).ToString(CultureInfo.InvariantCulture);

    /// <summary>The two-tier list of 1 July 2025: communes directly under provinces, villages under communes.</summary>
    internal static (string Csv, List<string> Villages) NationalList(int total)
    {
        var csv = new StringBuilder("code,name,level,parent_code,valid_from,valid_to\n");
        for (var p = 0; p < Provinces; p++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{ProvinceCode(p)},Tỉnh {p + 1},province,,2025-07-01,\n");
        }

        for (var c = 0; c < Communes; c++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{CommuneCode(c)},Xã {c + 1},commune,{ProvinceCode(c % Provinces)},2025-07-01,\n");
        }

        var villages = new List<string>();
        for (var v = 0; v < total - Provinces - Communes; v++)
        {
            var code = CommuneCode(v % Communes) + "-T" + (v / Communes + 1).ToString(CultureInfo.InvariantCulture);
            villages.Add(code);
            csv.Append(CultureInfo.InvariantCulture, $"{code},Thôn {v / Communes + 1},village,{CommuneCode(v % Communes)},2025-07-01,\n");
        }

        return (csv.ToString(), villages);
    }
}
