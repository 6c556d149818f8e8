using System.Diagnostics;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Persistence;
using CaseManagement.Identity.Accounts;
using CaseManagement.Identity.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseManagement.Benchmarks;

/// <summary>
/// The notification fan-out on PostgreSQL and RabbitMQ: reports (<see cref="CaseReported"/>, as intake publishes them) written
/// at a steady rate for the communes of a province, each telling the commune's two social workers; the pipeline keeps up
/// when the last notice is committed as the writing ends. Then the unread count the bar on every page asks for, for a
/// person with a few hundred notices among all the others.
/// </summary>
internal static class NotificationBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rate = Option(args, "--rate", 2000);
        var seconds = Option(args, "--seconds", 20);
        var communes = Option(args, "--communes", 500);
        await using var host = await BenchHost.StartAsync();
        var workers = await SeedPeopleAsync(host, communes);

        await WriteAtRateAsync(host, "W", 500, 500, communes);
        await WaitForAsync(Stopwatch.StartNew(), () => NoticesAsync(host), 500 * 2, TimeSpan.FromMinutes(1));

        var count = rate * seconds;

        // Transfer requests tell the receiving commune's social workers and nothing else consumes them: the fan-out alone.
        var alone = await NoticesAsync(host);
        var clock = Stopwatch.StartNew();
        await WriteAtRateAsync(host, "T", count, rate, communes, transfers: true);
        var sent = clock.Elapsed;
        var told = await WaitForAsync(clock, () => NoticesAsync(host), alone + (count * 2), TimeSpan.FromMinutes(5));
        Console.WriteLine(FormattableString.Invariant(
            $"fan-out alone at {rate} events/s for {seconds} s (transfer requests, {count * 2} notices): written in {sent.TotalSeconds:F1} s, ") +
            FormattableString.Invariant($"every notice committed by {told.TotalSeconds:F1} s"));

        // Reports: the same events also make SupportInterventions' copy of the case and Reporting's event log.
        var before = (Notices: await NoticesAsync(host), Copies: await SupportCopiesAsync(host));
        var watch = Stopwatch.StartNew();
        await WriteAtRateAsync(host, "S", count, rate, communes);
        var written = watch.Elapsed;
        // Beside the notices, SupportInterventions' copy of each case, made from the same events: the pipeline's own pace.
        var copied = WaitForAsync(watch, () => SupportCopiesAsync(host), before.Copies + count, TimeSpan.FromMinutes(5));
        var noticed = WaitForAsync(watch, () => NoticesAsync(host), before.Notices + (count * 2), TimeSpan.FromMinutes(5));
        await Task.WhenAll(copied, noticed);
        Console.WriteLine(FormattableString.Invariant(
            $"fan-out at {rate} reports/s for {seconds} s ({count} reports, {count * 2} notices to {workers.Count} social workers of {communes} communes): ") +
            FormattableString.Invariant($"written in {written.TotalSeconds:F1} s; every notice committed by {noticed.Result.TotalSeconds:F1} s; ") +
            FormattableString.Invariant($"SupportInterventions' case copies, from the same events, by {copied.Result.TotalSeconds:F1} s"));

        // The unread count, as /api/identity/me asks it on every page, for a person with the most notices; timed once the other
        // modules (Reporting, SupportInterventions) have done with the reports, as on a working day.
        await Task.Delay(TimeSpan.FromSeconds(15));
        var busiest = workers[0];
        var timings = new List<double>();
        for (var i = 0; i < 2000; i++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            var start = Stopwatch.GetTimestamp();
            await db.Notifications.CountAsync(n => n.UserId == busiest && n.ReadAt == null);
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var mine = await InScopeAsync(host, db => db.Notifications.CountAsync(n => n.UserId == busiest));
        var all = await NoticesAsync(host);
        Console.WriteLine(FormattableString.Invariant($"unread count for a person with {mine} notices among {all}: ") + Percentiles.Summary(timings));
        return 0;
    }

    /// <summary>Two social workers and a chair in each commune, written straight to the tables (they never sign in here).</summary>
    private static async Task<List<Guid>> SeedPeopleAsync(BenchHost host, int communes)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        var workers = new List<Guid>();
        for (var c = 0; c < communes; c++)
        {
            foreach (var (role, n) in new[] { (Roles.SocialWorker, 1), (Roles.SocialWorker, 2), (Roles.CommuneChair, 1) })
            {
                var user = new User
                {
                    Id = Guid.NewGuid(), UserName = $"bench-{role}-{c}-{n}", NormalizedUserName = $"BENCH-{role}-{c}-{n}".ToUpperInvariant(),
                    FullName = "Bench", UnitCode = Commune(c), SecurityStamp = Guid.NewGuid().ToString(),
                };
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roles[role] });
                if (role == Roles.SocialWorker)
                {
                    workers.Add(user.Id);
                }
            }
        }

        await db.SaveChangesAsync();
        return workers;
    }

    /// <summary>Writes <paramref name="perSecond"/> reports a second, those due since the start saved together every 10 ms.</summary>
    private static async Task WriteAtRateAsync(BenchHost host, string prefix, int count, int perSecond, int communes, bool transfers = false)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        var watch = Stopwatch.StartNew();
        var writes = new List<Task>();
        var next = 0;
        while (next < count && await timer.WaitForNextTickAsync())
        {
            var due = Math.Min(count, (int)(watch.Elapsed.TotalSeconds * perSecond));
            var (from, to) = (next, due);
            next = due;
            if (to > from)
            {
                writes.Add(Task.Run(async () =>
                {
                    await using var scope = host.Services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
                    var now = DateTimeOffset.UtcNow;
                    for (var i = from; i < to; i++)
                    {
                        var unit = Commune(i % communes);
                        if (transfers)
                        {
                            db.AddIntegrationEvent(new CaseTransferRequested(Guid.CreateVersion7(), $"{prefix}-{i}", Commune((i + 1) % communes), unit, now), now);
                            continue;
                        }

                        db.AddIntegrationEvent(new CaseReported(
                            Guid.CreateVersion7(), $"{prefix}-{i}", unit, Guid.CreateVersion7(), ReportChannel.Family, now,
                            new IncidentFacts(IncidentKind.Abuse, AbuseType.Violence, AbuseSubType.PhysicalViolence, null, null, [], unit, "family", null),
                            [new ChildFacts(Guid.CreateVersion7(), Sex.Female, 9, 2017, unit)], now), now);
                    }

                    await db.SaveChangesAsync();
                }));
            }
        }

        await Task.WhenAll(writes);
    }

    /// <summary>The time on <paramref name="watch"/> when <paramref name="count"/> reaches <paramref name="expected"/>.</summary>
    private static async Task<TimeSpan> WaitForAsync(Stopwatch watch, Func<Task<int>> count, int expected, TimeSpan timeout)
    {
        var deadline = watch.Elapsed + timeout;
        while (await count() < expected)
        {
            if (watch.Elapsed > deadline)
            {
                throw new TimeoutException($"Still short of {expected} after {timeout}.");
            }

            await Task.Delay(50);
        }

        return watch.Elapsed;
    }

    private static async Task<int> SupportCopiesAsync(BenchHost host)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM support."ProcessedMessages" WHERE "Consumer" = 'support.case-reported'""", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<int> NoticesAsync(BenchHost host) => InScopeAsync(host, db => db.Notifications.CountAsync());

    private static async Task<T> InScopeAsync<T>(BenchHost host, Func<IdentityDbContext, Task<T>> read)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<IdentityDbContext>());
    }

    private static string Commune(int c) => FormattableString.Invariant($"B{c:D4}");

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
