using System.Diagnostics;
using CaseManagement.IntegrationTests.Infrastructure;

namespace CaseManagement.IntegrationTests.Messaging;

/// <summary>Stops and starts the test broker's RabbitMQ application (the Erlang node stays up).</summary>
public static class RabbitMqBroker
{
    public static Task StopAsync() => RunAsync("stop_app");

    public static Task StartAsync() => RunAsync("start_app");

    private static async Task RunAsync(string command)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"{TestEnvironment.RabbitMqCtl} {command}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"rabbitmqctl {command} failed: {error}");
    }
}
