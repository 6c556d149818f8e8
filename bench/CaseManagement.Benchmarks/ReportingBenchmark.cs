using System.Diagnostics;
using System.Globalization;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Contracts;
using CaseManagement.Reporting.Persistence;
using CaseManagement.Reporting.Projection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace CaseManagement.Benchmarks;

/// <summary>
/// Reporting on PostgreSQL over the national unit list: a generated history of cases (a million by
/// default, about five events each) written into Reporting's event log, then projected from scratch
/// (the rebuild, which is also the ingestion rate); a province's 6-month report over HTTP against a
/// plain GROUP BY over the same cases as raw rows, measured in the same run.
/// </summary>
internal static class ReportingBenchmark
{
    private static readonly DateOnly First = new(2025, 7, 1);

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = Option(args, "--cases", 1_000_000);
        var queries = Option(args, "--queries", 200);
        Environment.SetEnvironmentVariable("Reporting__ProjectInBackground", "false"); // The benchmark drives the projector itself.
        await using var host = await BenchHost.StartAsync();
        var (_, adminToken) = await AuthOverheadBenchmark.SignInAsync(host);
        using var client = host.CreateClient();
        await CaseIntakeBenchmark.ImportNationalListAsync(host, client, adminToken);
        while (await host.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<ReportingDbContext>().Units.CountAsync()
            < UnitHierarchyBenchmark.Provinces + UnitHierarchyBenchmark.Communes)
        {
            await Task.Delay(200);
        }

        var started = Stopwatch.GetTimestamp();
        var events = await GenerateAsync(host.ConnectionString, cases);
        Console.WriteLine(FormattableString.Invariant($"generated {cases:N0} cases as {events:N0} events in the log and as raw rows in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s"));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var projector = scope.ServiceProvider.GetRequiredService<ReportingProjector>();
            started = Stopwatch.GetTimestamp();
            var read = await projector.CatchUpAsync(CancellationToken.None);
            var elapsed = Stopwatch.GetElapsedTime(started);
            Console.WriteLine(FormattableString.Invariant($"projection from an empty store (the rebuild): {read:N0} events in {elapsed.TotalSeconds:F0} s, {read / elapsed.TotalSeconds:F0} events/s"));
        }

        var token = await CaseIntakeBenchmark.TokenForAsync(host, client, Roles.Manager, "01");
        var report = await MeasureAsync(queries, async () =>
        {
            using var request = AuthOverheadBenchmark.Authorized("/api/reporting/reports?period=2026-H1&unit=01", token);
            (await client.SendAsync(request)).EnsureSuccessStatusCode();
        });
        Console.WriteLine("province 01's 6-month report (2026-H1, every published indicator) over HTTP: " + Percentiles.Summary(report));
        var abused = await MeasureAsync(queries, async () =>
        {
            using var request = AuthOverheadBenchmark.Authorized("/api/reporting/reports?period=2026-H1&unit=01&indicators=0101", token);
            (await client.SendAsync(request)).EnsureSuccessStatusCode();
        });
        Console.WriteLine("the same report's abused children (0101) alone, over HTTP: " + Percentiles.Summary(abused));
        var groupBy = await MeasureAsync(Math.Max(10, queries / 10), () => GroupByAsync(host.ConnectionString, "bench_raw_cases"));
        Console.WriteLine("plain GROUP BY over narrow raw rows (the ten columns it needs) for the same report's abused children: " + Percentiles.Summary(groupBy));
        var wide = await MeasureAsync(Math.Max(10, queries / 10), () => GroupByAsync(host.ConnectionString, "bench_wide_cases"));
        Console.WriteLine("plain GROUP BY over case rows as wide as Cases' own (sealed identity and narrative inline, ~0.8 kB): " + Percentiles.Summary(wide));
        return 0;
    }

    /// <summary>Writes the cases' events into the log (COPY) and the same cases as raw rows for the baseline.</summary>
    private static async Task<long> GenerateAsync(string connectionString, int cases)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            "CREATE TABLE bench_raw_cases (case_id uuid, child_id uuid, unit_code text, province_code text, reported_on date, abuse_type text, abuse_sub_type text, sex text, age int, setting text)",
            connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using (var create = new NpgsqlCommand(
            "CREATE TABLE bench_wide_cases (LIKE bench_raw_cases, number text, status text, identity_sealed text, narrative_sealed text, version int)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        var random = new Random(7);
        long events = 0;
        var rows = new List<(Guid Case, Guid Child, string Unit, string Province, DateOnly On, string Type, string Sub, string Sex, int Age, string Setting)>(cases);
        await using (var log = await connection.BeginBinaryImportAsync(
            "COPY reporting.\"EventLog\" (\"MessageId\", \"EventType\", \"Payload\", \"RecordedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < cases; i++)
            {
                var commune = random.Next(UnitHierarchyBenchmark.Communes);
                var unit = UnitHierarchyBenchmark.CommuneCode(commune);
                var reportedAt = new DateTimeOffset(First.AddDays(random.Next(500)).ToDateTime(new TimeOnly(8 + random.Next(10), 0)), TimeSpan.FromHours(7));
                var caseId = Guid.NewGuid();
                var child = new ChildFacts(Guid.NewGuid(), (Sex)random.Next(3), random.Next(18), null, unit);
                var sub = (AbuseSubType)(1 + random.Next(20));
                var setting = Settings[random.Next(Settings.Length)];
                var incident = new IncidentFacts(IncidentKind.Abuse, TypeOf(sub), sub, null, null, [], unit, setting, DateOnly.FromDateTime(reportedAt.Date));
                foreach (var message in Story(random, caseId, unit, reportedAt, incident, child))
                {
                    await log.StartRowAsync();
                    await log.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
                    await log.WriteAsync(ReportingEvents.NameOf(message.GetType()), NpgsqlDbType.Text);
                    await log.WriteAsync(ReportingEvents.Serialize(message), NpgsqlDbType.Text);
                    await log.WriteAsync(reportedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz); // Logged when reported, as a real history would be.
                    events++;
                }

                rows.Add((caseId, child.ChildId, unit, UnitHierarchyBenchmark.ProvinceCode(commune % UnitHierarchyBenchmark.Provinces),
                    DateOnly.FromDateTime(reportedAt.Date), incident.AbuseType.ToString()!, sub.ToString(), child.Sex.ToString(), child.AgeAtReport!.Value, setting));
            }

            await log.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY bench_raw_cases (case_id, child_id, unit_code, province_code, reported_on, abuse_type, abuse_sub_type, sex, age, setting) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in rows)
            {
                await copy.WriteRowAsync(CancellationToken.None, r.Case, r.Child, r.Unit, r.Province, r.On, r.Type, r.Sub, r.Sex, r.Age, r.Setting);
            }

            await copy.CompleteAsync();
        }

        // The same cases shaped like a case row in Cases: sealed identity and narrative (base64 of
        // AES-GCM, about 400 and 300 characters) stored inline, so a scan reads what a real one would.
        var identity = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(300));
        var narrative = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(225));
        await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY bench_wide_cases (case_id, child_id, unit_code, province_code, reported_on, abuse_type, abuse_sub_type, sex, age, setting, number, status, identity_sealed, narrative_sealed, version) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in rows)
            {
                await copy.WriteRowAsync(CancellationToken.None, r.Case, r.Child, r.Unit, r.Province, r.On, r.Type, r.Sub, r.Sex, r.Age, r.Setting,
                    r.Unit + "-2026-" + r.Case.ToString("N")[..6], "Closed", identity, narrative, 3);
            }

            await copy.CompleteAsync();
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        return events;
    }

    /// <summary>A case's events (5.7 on average, as the 5,000,000 events for 1,000,000 cases asks at least):
    /// reported, verification started, verified into the initial assessment, assessed, a limit decided, and most of them closed.</summary>
    private static IEnumerable<object> Story(Random random, Guid caseId, string unit, DateTimeOffset at, IncidentFacts incident, ChildFacts child)
    {
        yield return new CaseReported(caseId, unit + "-N", unit, Guid.NewGuid(), ReportChannel.Hotline111, at, incident, [child], at);
        yield return new CaseStatusChanged(caseId, unit, CaseStatus.Reported, CaseStatus.Verifying, at.AddHours(1));
        yield return new CaseStatusChanged(caseId, unit, CaseStatus.Verifying, CaseStatus.InitialAssessment, at.AddHours(2));
        var emergency = random.Next(4) == 0;
        yield return new CaseAssessed(caseId, unit, RiskLevel.Medium, RiskLevel.Medium, emergency, at.AddHours(3));
        yield return new DeadlineStopped(Guid.NewGuid(), "plan-drafting", caseId, null, unit, at.AddHours(3), at.AddDays(7), random.Next(10) > 0, at.AddDays(random.Next(10)));
        if (random.Next(10) < 7)
        {
            yield return new CaseClosed(caseId, unit, "safe-stable", at.AddDays(30 + random.Next(120)));
        }
    }

    /// <summary>The baseline: province 01's abused children of 2026-H1 by type, sub-type, sex, age and setting, straight from raw rows.</summary>
    private static async Task GroupByAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            $"""
            SELECT abuse_type, abuse_sub_type, sex, CASE WHEN age < 6 THEN 0 WHEN age < 11 THEN 1 WHEN age < 16 THEN 2 ELSE 3 END, setting, count(DISTINCT child_id)
            FROM {table} WHERE province_code = '01' AND reported_on BETWEEN '2025-12-15' AND '2026-06-14'
            GROUP BY 1, 2, 3, 4, 5
            """, connection);
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }
    }

    private static readonly string[] Settings = ["family", "school", "community", "workplace", "online", "care-facility", "other"];

    private static AbuseType TypeOf(AbuseSubType sub) => (int)sub switch
    {
        <= 3 => AbuseType.Violence,
        <= 8 => AbuseType.SexualAbuse,
        <= 13 => AbuseType.Exploitation,
        <= 16 => AbuseType.Trafficking,
        <= 18 => AbuseType.Neglect,
        19 => AbuseType.Online,
        _ => AbuseType.Other,
    };

    private static async Task<List<double>> MeasureAsync(int count, Func<Task> work)
    {
        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await work();
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return timings;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
