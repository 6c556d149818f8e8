using System.Diagnostics;

namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>Runs a server's command line (pg_ctl, rabbitmqctl) and fails the test when it fails.</summary>
public static class Shell
{
    public static async Task RunAsync(string commandLine)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", commandLine])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{commandLine} failed: {error}{await output}");
    }
}
