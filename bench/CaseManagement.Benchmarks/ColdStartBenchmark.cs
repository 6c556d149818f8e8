using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseManagement.Benchmarks;

/// <summary>Starts the built Host as a process on a fresh SQLite folder (migrations and demo data
/// included) and times until the demo units are served, several times.</summary>
internal static class ColdStartBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var hostDll = args.FirstOrDefault() ?? throw new ArgumentException("usage: coldstart <path to CaseManagement.Host.dll> [runs]");
        var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var timings = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            timings.Add(await OneStartAsync(hostDll, 5190 + run));
        }

        Console.WriteLine($"cold start (fresh data folder → demo units served): {Percentiles.Summary(timings)}");
        return 0;
    }

    private static async Task<double> OneStartAsync(string hostDll, int port)
    {
        var data = System.IO.Directory.CreateTempSubdirectory("cm-coldstart-");
        var start = new ProcessStartInfo("dotnet", [hostDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__DataFolder"] = data.FullName;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            while (watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                try
                {
                    var page = await http.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{port}/api/directory/units");
                    if (page.GetProperty("total").GetInt32() > 0)
                    {
                        return watch.Elapsed.TotalMilliseconds;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(10);
            }

            throw new TimeoutException("The Host did not serve the demo units within 60 s.");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            data.Delete(recursive: true);
        }
    }
}
