using CaseManagement.BuildingBlocks.Privacy;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Features.Duplicates;
using CaseManagement.Cases.Features.Intake;
using CaseManagement.Cases.Persistence;
using CaseManagement.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseManagement.Benchmarks;

/// <summary>
/// Cases on PostgreSQL with a province's history loaded (a million cases by default): intake through
/// the HTTP API with a token (authentication, validation, sealing, audit, outbox and the 12-hour
/// deadline included), flat out and at 100 reports/s; the raw PostgreSQL rate of inserting a case row
/// and an outbox row (pgbench) in the same run; case search and duplicate candidates.
/// </summary>
internal static class CaseIntakeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cases = Option(args, "--cases", 1_000_000);
        var seconds = Option(args, "--seconds", 20);
        // 32 in flight: with 16 the CPU stood 10-20 % idle while reports waited for their commune's
        // counter row and their commits; with 64 they queue on those rows (session 10: 16 582, 32 852-917,
        // 64 647 reports/s at 20,000 cases).
        var workers = Option(args, "--workers", 32);
        var queries = Option(args, "--queries", 1000);
        await using var host = await BenchHost.StartAsync();
        var (_, adminToken) = await AuthOverheadBenchmark.SignInAsync(host);
        using var client = host.CreateClient();
        await ImportNationalListAsync(host, client, adminToken);
        var communes = Enumerable.Range(0, UnitHierarchyBenchmark.Communes).Select(UnitHierarchyBenchmark.CommuneCode).ToList();

        var loaded = await CaseDataGenerator.LoadAsync(host.Services, communes, cases);
        Console.WriteLine(FormattableString.Invariant($"generated {cases:N0} cases with their children, keys, reports and timeline in {loaded.TotalSeconds:F0} s"));

        var baseline = await PgBenchAsync(host.ConnectionString, seconds);
        Console.WriteLine(FormattableString.Invariant($"pgbench, a case row + an outbox row per transaction, 8 clients, {seconds} s: {baseline:F0} transactions/s"));
        await using var disk = await DiskFlushProbe.BesideDataDirectoryAsync(host.ConnectionString);
        Console.WriteLine(FormattableString.Invariant($"the disk alone, 8 kB durable writes beside PostgreSQL's data at 100/s for {seconds} s: ") +
            DiskFlushProbe.Summary(await disk.RunAsync(100, TimeSpan.FromSeconds(seconds)), 50));

        // Social workers of 64 communes, and one of province 01 for searches across its ~100 communes.
        var random = new Random(3);
        var workerCommunes = communes.Where((_, i) => i % 52 == 0).Take(64).ToList();
        foreach (var commune in workerCommunes)
        {
            await CreateUserAsync(host, Roles.SocialWorker, commune);
        }

        await CreateUserAsync(host, Roles.SocialWorker, "01");
        var names = await KnownNamesAsync(host, 200);

        // From here the Host runs as its own process behind Kestrel on the same database and bus, and the
        // load comes from wrk: the in-process host and its generator would otherwise share the Host's CPU.
        // --host-setting Key=Value (repeatable) changes the Host process's configuration, e.g. Outbox:DispatchInBackground=false.
        var settings = new Dictionary<string, string>(host.Settings);
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--host-setting" && args[i + 1].Split('=', 2) is [var key, var value])
            {
                settings[key] = value;
            }
        }

        var connectionString = host.ConnectionString;
        await host.DisposeAsync();
        await using var server = await HostProcess.StartAsync(settings, Option(args, "--port", 5391));
        Console.WriteLine($"Host process {server.Id} on {server.Address}");
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        var accounts = new List<(string Commune, string Token)>();
        foreach (var commune in workerCommunes)
        {
            accounts.Add((commune, await TokenAsync(http, UserName(Roles.SocialWorker, commune))));
        }

        var provinceToken = await TokenAsync(http, UserName(Roles.SocialWorker, "01"));
        await PostReportAsync(http, accounts[0].Token, Report(accounts[0].Commune, random)); // a refusal shows its answer here
        var (template, choices) = ReportTemplate(random);

        // Warm-up long enough for tiered compilation to finish promoting the hot paths (measured: the
        // JIT thread takes about 15 % of the CPU for several seconds after start).
        await WrkLoad.RunAsync(server.Address, "/api/cases", accounts, template, choices, workers, TimeSpan.FromSeconds(Option(args, "--warm-up", 20)));
        var (hostCpu, machineCpu) = (server.CpuSeconds(), HostProcess.MachineBusySeconds());
        // The disk probe beside each measured phase, at 10 flushes/s, dates the disk's own stalls in the same seconds.
        var diskBesideFlat = Task.Run(() => disk.RunAsync(10, TimeSpan.FromSeconds(seconds)));
        var flat = await WrkLoad.RunAsync(server.Address, "/api/cases", accounts, template, choices, workers, TimeSpan.FromSeconds(seconds));
        hostCpu = server.CpuSeconds() - hostCpu;
        machineCpu = HostProcess.MachineBusySeconds() - machineCpu;
        if (flat.Failed > 0)
        {
            throw new InvalidOperationException($"{flat.Failed} of {flat.Requests} reports failed during the flat-out run.");
        }

        Console.WriteLine(FormattableString.Invariant($"intake flat out (wrk, {workers} connections, {seconds} s): {flat.Requests:N0} reports, {flat.Rate:F0} reports/s (") +
            flat.Summary + FormattableString.Invariant($"); {flat.Rate / baseline:P0} of the pgbench rate"));
        Console.WriteLine(FormattableString.Invariant(
            $"  CPU over the run (2 cores = 200 %): Host {100 * hostCpu / flat.Seconds:F0} %, everything else (PostgreSQL, RabbitMQ, wrk) {100 * (machineCpu - hostCpu) / flat.Seconds:F0} %"));
        Console.WriteLine("  the disk meanwhile, 8 kB durable writes at 10/s: " + DiskFlushProbe.Summary(await diskBesideFlat, 50));
        if (!(settings.TryGetValue("Outbox:DispatchInBackground", out var dispatch) && string.Equals(dispatch, "false", StringComparison.OrdinalIgnoreCase)))
        {
            // The whole system: the latency phases below are measured once the other modules have
            // caught up with the flat-out phase, not while they still work through its events.
            var caughtUp = await DownstreamCaughtUpAsync(http, accounts[0], random, connectionString);
            Console.WriteLine(FormattableString.Invariant($"  the other modules caught up {caughtUp.TotalSeconds:F1} s after the flat-out phase (a report sent then reached SupportInterventions)"));
        }

        var diskBeside = Task.Run(() => disk.RunAsync(10, TimeSpan.FromSeconds(seconds)));
        var (atRate, late, clientPause) = await AtRateAsync(http, accounts, random, 100, seconds);
        Console.WriteLine("  at 100 reports/s for " + seconds + " s: " + Percentiles.Summary([.. atRate.Select(r => r.Milliseconds)]) + FormattableString.Invariant(
            $"; this load generator sent up to {late.TotalMilliseconds:F0} ms late and paused {clientPause.TotalMilliseconds:F0} ms in its own GC"));
        Console.WriteLine("  " + SlowSeconds(atRate, 100));
        Console.WriteLine("  the disk meanwhile, 8 kB durable writes at 10/s: " + DiskFlushProbe.Summary(await diskBeside, 50));

        var search = await MeasureAsync(queries, i => Get(http, provinceToken, $"/api/cases?childName={Uri.EscapeDataString(names[i % names.Count].Name)}&pageSize=20"));
        Console.WriteLine("search by a child's full name, province-wide: " + Percentiles.Summary(search));
        var given = await MeasureAsync(queries, i => Get(http, provinceToken, $"/api/cases?childName={Uri.EscapeDataString(names[i % names.Count].Name.Split(' ')[^1])}&pageSize=20"));
        Console.WriteLine("search by a given name only, province-wide: " + Percentiles.Summary(given));
        var list = await MeasureAsync(queries, i => Get(http, provinceToken, $"/api/cases?status=Support&sort=dueAt&page={1 + (i % 5)}&pageSize=20"));
        Console.WriteLine("list of a status, sorted by due time, province-wide: " + Percentiles.Summary(list));
        var (worker, workerToken) = accounts[0];
        var byNumber = await MeasureAsync(queries, i => Get(http, workerToken, $"/api/cases?number={worker}-2025-G0000001"));
        Console.WriteLine("search by case number, a commune: " + Percentiles.Summary(byNumber));
        var duplicates = await MeasureAsync(queries, i =>
        {
            var known = names[i % names.Count];
            var query = new DuplicateQuery(i % 2 == 0 ? known.Name : CaseDataGenerator.Name(random), null, Math.Clamp(2026 - known.BirthYear, 0, 17), known.Sex, null, null, null, null);
            return Post(http, provinceToken, "/api/cases/duplicate-candidates", query);
        });
        Console.WriteLine("duplicate candidates (half of them known children), province-wide: " + Percentiles.Summary(duplicates));
        return 0;
    }

    internal static async Task ImportNationalListAsync(BenchHost host, HttpClient client, string token)
    {
        var (csv, _) = UnitHierarchyBenchmark.NationalList(UnitHierarchyBenchmark.Provinces + UnitHierarchyBenchmark.Communes);
        using var import = AuthOverheadBenchmark.Authorized("/api/directory/units/import", token);
        import.Method = HttpMethod.Post;
        import.Content = new StringContent(csv, Encoding.UTF8, "text/csv");
        (await client.SendAsync(import)).EnsureSuccessStatusCode();
        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<CasesDbContext>().Units.CountAsync() >= UnitHierarchyBenchmark.Provinces + UnitHierarchyBenchmark.Communes)
            {
                return;
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Reports on a fixed schedule; a report sent late (this process stalled) is sent at once,
    /// so a stall here also shows as a burst at the Host. How late it got and how long this process's
    /// own GC paused tell a stall of the load generator from one of the system.</summary>
    private static async Task<(List<(DateTime SentAt, double Milliseconds)> Latencies, TimeSpan Late, TimeSpan ClientPause)> AtRateAsync(
        HttpClient client, List<(string Commune, string Token)> accounts, Random random, int perSecond, int seconds)
    {
        var latencies = new ConcurrentBag<(DateTime SentAt, double Milliseconds)>();
        var pending = new List<Task>();
        var pausedBefore = GC.GetTotalPauseDuration();
        var latest = TimeSpan.Zero;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < perSecond * seconds; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            if (due > watch.Elapsed)
            {
                await Task.Delay(due - watch.Elapsed);
            }

            latest = TimeSpan.FromTicks(Math.Max(latest.Ticks, (watch.Elapsed - due).Ticks));

            var (commune, token) = accounts[random.Next(accounts.Count)];
            var report = Report(commune, random);
            var sentAt = DateTime.UtcNow;
            pending.Add(Task.Run(async () => latencies.Add((sentAt, await PostReportAsync(client, token, report)))));
        }

        await Task.WhenAll(pending);
        return ([.. latencies], latest, GC.GetTotalPauseDuration() - pausedBefore);
    }

    /// <summary>The wall-clock seconds (UTC) in which reports slower than the threshold were sent, so that a
    /// stall can be lined up with what the server's own logs and samples show at that time.</summary>
    private static string SlowSeconds(List<(DateTime SentAt, double Milliseconds)> reports, double thresholdMilliseconds)
    {
        var slow = reports.Where(r => r.Milliseconds > thresholdMilliseconds).ToList();
        var seconds = slow.GroupBy(r => r.SentAt.ToString("HH:mm:ss", CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => FormattableString.Invariant($"{g.Key} ({g.Count()}, up to {g.Max(r => r.Milliseconds):F0} ms)"));
        return FormattableString.Invariant($"{slow.Count} reports over {thresholdMilliseconds:F0} ms") +
            (slow.Count == 0 ? string.Empty : ", sent at (UTC) " + string.Join(", ", seconds));
    }

    /// <summary>Sends one report and waits until SupportInterventions holds its copy of the case: the
    /// outbox is sent in order and the bus delivers in order, so what came before has been consumed too.</summary>
    private static async Task<TimeSpan> DownstreamCaughtUpAsync(HttpClient client, (string Commune, string Token) account, Random random, string connectionString)
    {
        var start = Stopwatch.GetTimestamp();
        var (body, _) = await SendReportAsync(client, account.Token, Report(account.Commune, random));
        using var answer = JsonDocument.Parse(body);
        var caseId = answer.RootElement.GetProperty("caseId").GetGuid();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var copied = new NpgsqlCommand("SELECT count(*) FROM support.\"Cases\" WHERE \"CaseId\" = @id", connection);
        copied.Parameters.AddWithValue("id", caseId);
        while ((long)(await copied.ExecuteScalarAsync())! == 0)
        {
            if (Stopwatch.GetElapsedTime(start) > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException("SupportInterventions did not catch up within 10 minutes.");
            }

            await Task.Delay(100);
        }

        return Stopwatch.GetElapsedTime(start);
    }

    private static async Task<double> PostReportAsync(HttpClient client, string token, IntakeRequest report) =>
        (await SendReportAsync(client, token, report)).Milliseconds;

    /// <summary>Sends a report; its answer's body and how long it took, or an error naming the refusal.</summary>
    private static async Task<(string Body, double Milliseconds)> SendReportAsync(HttpClient client, string token, IntakeRequest report)
    {
        using var request = AuthOverheadBenchmark.Authorized("/api/cases", token);
        request.Method = HttpMethod.Post;
        request.Content = JsonContent.Create(report);
        var start = Stopwatch.GetTimestamp();
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return response.IsSuccessStatusCode
            ? (body, elapsed)
            : throw new InvalidOperationException($"intake answered {(int)response.StatusCode}: {body}");
    }

    private static IntakeRequest Report(string commune, Random random) => new(
        "Hotline111", null, "Tổng đài 111", new ReporterRequest(false, null, null, null, "Hàng xóm"),
        [new ChildRequest(null, CaseDataGenerator.Name(random), null, random.Next(0, 16), random.Next(2) == 0 ? "Male" : "Female", "Kinh", null, commune,
            "Thôn 1", "Trường Tiểu học", "3A", [new CarerRequest(CaseDataGenerator.Name(random), 35, "Mẹ", "Làm nông", null, true)])],
        new IncidentRequest("Abuse", null, "PhysicalViolence", null, null, [], commune, "family", null,
            "Cháu bị đánh, có vết bầm trên tay.", "Sợ hãi.", "Tiếp tục bị đánh.", "Đã báo công an xã."));

    /// <summary>The same report as <see cref="Report"/> as a JSON template for wrk: the child's and the
    /// carer's names, the age and the sex drawn per request, the commune that of the request's token.</summary>
    private static (string Template, IReadOnlyDictionary<string, IReadOnlyList<string>> Choices) ReportTemplate(Random random)
    {
        const int AgeMarker = 987654;
        var report = Report("@UNIT@", random);
        var child = report.Children![0] with { FullName = "@NAME@", EstimatedAge = AgeMarker, Sex = "@SEX@" };
        child = child with { Carers = [child.Carers![0] with { FullName = "@CARER@" }] };
        var json = JsonSerializer.Serialize(report with { Children = [child] }, JsonSerializerOptions.Web)
            .Replace(AgeMarker.ToString(CultureInfo.InvariantCulture), "@AGE@", StringComparison.Ordinal);
        var names = Enumerable.Range(0, 2000).Select(_ => CaseDataGenerator.Name(random)).ToList();
        return (json, new Dictionary<string, IReadOnlyList<string>>
        {
            ["NAME"] = names,
            ["CARER"] = names,
            ["AGE"] = Enumerable.Range(0, 16).Select(a => a.ToString(CultureInfo.InvariantCulture)).ToList(),
            ["SEX"] = ["Male", "Female"],
        });
    }

    private static async Task<List<(string Name, int BirthYear, string Sex)>> KnownNamesAsync(BenchHost host, int count)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
        var sealer = scope.ServiceProvider.GetRequiredService<CaseManagement.BuildingBlocks.Privacy.SensitiveData>();
        var children = await db.Children.AsNoTracking().Where(c => c.ResidenceUnitCode!.StartsWith("3")).OrderBy(c => c.Id).Take(count * 20).ToListAsync();
        // Children of province 01 (communes 30000, 30034, …: every 34th), so that the province-wide search finds them.
        return children.Where(c => (int.Parse(c.ResidenceUnitCode!, CultureInfo.InvariantCulture) - 30000) % UnitHierarchyBenchmark.Provinces == 0)
            .Take(count)
            .Select(c => (sealer.OpenJson<CaseManagement.Cases.Features.Shared.ChildIdentity>(c.IdentitySealed, c.Id).FullName, c.BirthYear ?? 2015, c.Sex.ToString()))
            .ToList();
    }

    private static async Task<List<double>> MeasureAsync(int count, Func<int, Task<HttpResponseMessage>> send)
    {
        for (var i = 0; i < Math.Min(50, count); i++)
        {
            (await send(i)).Dispose(); // warm-up
        }

        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await send(i);
            await response.Content.ReadAsByteArrayAsync();
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }

        return timings;
    }

    internal static Task<HttpResponseMessage> Get(HttpClient client, string token, string path) =>
        client.SendAsync(AuthOverheadBenchmark.Authorized(path, token));

    internal static Task<HttpResponseMessage> Post(HttpClient client, string token, string path, object body)
    {
        var request = AuthOverheadBenchmark.Authorized(path, token);
        request.Method = HttpMethod.Post;
        request.Content = JsonContent.Create(body);
        return client.SendAsync(request);
    }

    internal static async Task<string> TokenForAsync(BenchHost host, HttpClient client, string role, string unit)
    {
        await CreateUserAsync(host, role, unit);
        return await TokenAsync(client, UserName(role, unit));
    }

    internal static string UserName(string role, string unit) => $"bench.{role.ToLowerInvariant()}.{unit}";

    internal static async Task CreateUserAsync(BenchHost host, string role, string unit)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = UserName(role, unit), FullName = "Bench " + unit, UnitCode = unit };
        (await users.CreateAsync(user, "Bench@Passw0rd")).Succeeded.ToString();
        await users.AddToRoleAsync(user, role);
    }

    internal static async Task<string> TokenAsync(HttpClient client, string userName)
    {
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "casemanagement-dev", ["username"] = userName, ["password"] = "Bench@Passw0rd",
            ["scope"] = "casemanagement.api",
        }));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    /// <summary>The raw rate of the same durable work in PostgreSQL: a case row and an outbox row per transaction.</summary>
    private static async Task<double> PgBenchAsync(string connectionString, int seconds)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("""
                CREATE TABLE IF NOT EXISTS bench_case (id uuid PRIMARY KEY, number varchar(40) UNIQUE, unit_code varchar(20), status varchar(30),
                    received_at timestamptz, identity_sealed varchar(20000), narrative_sealed varchar(40000), version int);
                CREATE INDEX IF NOT EXISTS bench_case_unit ON bench_case (unit_code, status);
                CREATE TABLE IF NOT EXISTS bench_outbox (id bigserial PRIMARY KEY, type varchar(300), payload text, occurred_at timestamptz, sent_at timestamptz);
                """, connection);
            await create.ExecuteNonQueryAsync();
        }

        var script = Path.Combine(Path.GetTempPath(), "cm-bench-intake.sql");
        await File.WriteAllTextAsync(script, """
            BEGIN;
            INSERT INTO bench_case VALUES (gen_random_uuid(), 'B-' || gen_random_uuid(), '30001', 'Reported', now(), repeat('x', 400), repeat('y', 300), 1);
            INSERT INTO bench_outbox (type, payload, occurred_at) VALUES ('CaseManagement.Cases.Contracts.CaseReported', repeat('z', 500), now());
            END;
            """);
        var pgbench = System.IO.Directory.EnumerateDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pgbench")).Where(File.Exists).Order().Last();
        var start = new ProcessStartInfo(pgbench, (string[])["-n", "-c", "8", "-j", "2", "-T", seconds.ToString(CultureInfo.InvariantCulture), "-f", script,
            "-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture), "-U", builder.Username!, builder.Database!])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("tps = ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("pgbench printed no rate: " + output + await process.StandardError.ReadToEndAsync());
        return double.Parse(line[6..].Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
