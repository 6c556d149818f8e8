using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CaseManagement.Benchmarks;

/// <summary>
/// Drives <c>POST</c> requests flat out with wrk (Debian's <c>wrk</c>, written in C), a separate process
/// that costs a few per cent of a core where an in-process HttpClient generator took a third of the
/// Host's CPU. Each request's body is a template whose <c>@FIELD@</c> markers the Lua script fills
/// with a random choice per request, and each request carries one of the given tokens.
/// </summary>
internal static class WrkLoad
{
    public sealed record Result(long Requests, double Seconds, long Failed, double P50, double P95, double P99, double Max)
    {
        public double Rate => Requests / Seconds;

        public string Summary => FormattableString.Invariant($"p50 {P50:F1} ms, p95 {P95:F1} ms, p99 {P99:F1} ms, max {Max:F1} ms (n={Requests})");
    }

    /// <param name="template">The JSON body, with <c>@UNIT@</c> (the token's own unit) and the markers in <paramref name="choices"/>.</param>
    public static async Task<Result> RunAsync(Uri address, string path, IReadOnlyList<(string Unit, string Token)> accounts, string template,
        IReadOnlyDictionary<string, IReadOnlyList<string>> choices, int connections, TimeSpan duration)
    {
        var script = Path.Combine(Path.GetTempPath(), $"cm-wrk-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, Script(path, accounts, template, choices), new UTF8Encoding(false));
        try
        {
            var start = new ProcessStartInfo("wrk", (string[])["-t", "1", "-c", connections.ToString(CultureInfo.InvariantCulture),
                "-d", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s", "--timeout", "10s", "-s", script, address.ToString()])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start: apt-get install wrk.");
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("CM-WRK ", StringComparison.Ordinal))
                ?? throw new InvalidOperationException("wrk printed no result: " + output + await process.StandardError.ReadToEndAsync());
            var v = line.Split(' ').Skip(1).Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            return new Result((long)v[0], v[1] / 1_000_000, (long)v[2], v[3] / 1000, v[4] / 1000, v[5] / 1000, v[6] / 1000);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string Script(string path, IReadOnlyList<(string Unit, string Token)> accounts, string template,
        IReadOnlyDictionary<string, IReadOnlyList<string>> choices)
    {
        var lua = new StringBuilder();
        lua.Append("local accounts = {");
        foreach (var (unit, token) in accounts)
        {
            lua.Append(CultureInfo.InvariantCulture, $"{{{Quote(unit)}, {Quote("Bearer " + token)}}},");
        }

        lua.AppendLine("}");
        lua.AppendLine("local choices = {");
        foreach (var (marker, values) in choices)
        {
            lua.Append(CultureInfo.InvariantCulture, $"  {marker} = {{").AppendJoin(",", values.Select(Quote)).AppendLine("},");
        }

        lua.AppendLine("}");
        lua.Append("local template = ").Append(Quote(template)).AppendLine();
        lua.Append("local path = ").Append(Quote(path)).AppendLine();
        lua.AppendLine("""
            local counter = 1
            function setup(thread) thread:set("seed", counter); counter = counter + 1 end
            function init(args) math.randomseed(seed * 7919 + os.time()) end
            function request()
              local account = accounts[math.random(#accounts)]
              local fields = { UNIT = account[1] }
              for marker, values in pairs(choices) do fields[marker] = values[math.random(#values)] end
              local body = template:gsub("@(%u+)@", fields)
              return wrk.format("POST", path, { ["Authorization"] = account[2], ["Content-Type"] = "application/json" }, body)
            end
            function done(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("CM-WRK %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
                e.status + e.connect + e.read + e.write + e.timeout,
                latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
            end
            """);
        return lua.ToString();
    }

    /// <summary>A Lua long string: no escapes to get wrong in JSON, names or tokens.</summary>
    private static string Quote(string value) => "[==[" + value + "]==]";
}
