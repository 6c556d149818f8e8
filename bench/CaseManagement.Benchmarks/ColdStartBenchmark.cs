using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseManagement.Benchmarks;

/// <summary>Starts the built Host as a process on a fresh SQLite folder (migrations and demo data
/// included) and times until a demo user can sign in and is served the demo units, several times.</summary>
internal static class ColdStartBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var hostDll = Path.GetFullPath(args.FirstOrDefault() ?? throw new ArgumentException("usage: coldstart <path to CaseManagement.Host.dll> [runs]"));
        var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var timings = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            timings.Add(await OneStartAsync(hostDll, 5190 + run));
        }

        Console.WriteLine("cold start (fresh data folder → demo user signed in and served the units): " + Percentiles.Summary(timings));
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
                    using var token = await http.PostAsync($"http://127.0.0.1:{port}/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["grant_type"] = "password", ["client_id"] = "casemanagement-dev", ["username"] = "demo.socialworker",
                        ["password"] = "Demo@12345", ["scope"] = "casemanagement.api",
                    }));
                    if (token.IsSuccessStatusCode)
                    {
                        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
                        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/api/directory/units");
                        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
                        using var units = await http.SendAsync(request);
                        if (units.IsSuccessStatusCode && (await units.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32() > 0)
                        {
                            return watch.Elapsed.TotalMilliseconds;
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(10);
            }

            throw new TimeoutException("The Host did not sign in a demo user and serve the units within 60 s.");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            data.Delete(recursive: true);
        }
    }
}
