using System.Diagnostics;

namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>Runs a server's command line (pg_ctl, rabbitmqctl) and fails the test when it fails.</summary>
public static class Shell
{
    public static async Task RunAsync(string commandLine)
    {
        var (exitCode, output) = await TryRunAsync(commandLine);
        Assert.True(exitCode == 0, $"{commandLine} failed: {output}");
    }

    /// <summary>Runs a tidying command a loaded machine may refuse once (rabbitmqctl when its node is busy): a few tries,
    /// then the failure is the test's.</summary>
    public static async Task RunWithRetriesAsync(string commandLine, int tries = 3)
    {
        for (var attempt = 1; attempt < tries; attempt++)
        {
            if ((await TryRunAsync(commandLine)).ExitCode == 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(attempt));
        }

        await RunAsync(commandLine);
    }

    private static async Task<(int ExitCode, string Output)> TryRunAsync(string commandLine)
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
        return (process.ExitCode, error + await output);
    }
}
