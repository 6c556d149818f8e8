using System.Diagnostics;
using System.Globalization;

namespace CaseManagement.Benchmarks;

/// <summary>
/// The built Host started as its own process behind Kestrel, as a province would run it, on the
/// configuration of an in-process <see cref="BenchHost"/> (same database, bus and keys): requests then
/// cross a real socket and the HTTP parser, and the load generator's CPU is not counted in the Host's.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;

    private HostProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => process.Id;

    /// <param name="environment">Testing; Development where the web application's stylesheet and scripts are served from the
    /// projects' folders as `dotnet run` does (a build, not a publish, has no other copy of them).</param>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> settings, int port, string environment = "Testing")
    {
        var dll = HostDll();
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Echo(e.Data);
        process.ErrorDataReceived += (_, e) => Echo(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await host.WaitUntilReadyAsync();
        return host;
    }

    /// <summary>CPU seconds the Host has used so far (user + system), from /proc.</summary>
    public double CpuSeconds()
    {
        var fields = File.ReadAllText($"/proc/{process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // After the command name: state is field 3, utime field 14 and stime field 15 (clock ticks of 1/100 s).
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>CPU seconds the whole machine has been busy so far (every core), from /proc/stat.</summary>
    public static double MachineBusySeconds()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
        return (cpu.Take(8).Sum() - cpu[3] - cpu[4]) / 100.0;
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(120))
        {
            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting, too busy to answer.
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The Host exited with code {process.ExitCode} before it was ready.");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The Host was not ready within 120 s.");
    }

    /// <summary>The Host built beside this benchmark by <c>bench/run.sh</c> (same configuration).</summary>
    private static string HostDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/Release/net10.0/
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var dll = Path.Combine(folder.FullName, "src", "Host", "CaseManagement.Host", "bin", configuration, "net10.0", "CaseManagement.Host.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new FileNotFoundException("CaseManagement.Host.dll was not found above " + AppContext.BaseDirectory + "; build through bench/run.sh.");
    }

    private static void Echo(string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            Console.WriteLine("  host: " + line);
        }
    }
}
