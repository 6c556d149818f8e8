using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CaseManagement.Demo;

/// <summary>
/// Once the Host listens, and only while the commune has no case yet, tells <see cref="DemoCaseStory"/> through the Host's own
/// API, so that the demo users' homes show what their work looks like. The modules learn the demo catalogue and accounts from
/// each other's events just after start: the first report is sent again until the Cases module knows the commune.
/// </summary>
internal sealed partial class DemoCasesSeeder(
    IServer server, IHostApplicationLifetime lifetime, IConfiguration configuration, TimeProvider clock, ILogger<DemoCasesSeeder> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(started.SetResult))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        try
        {
            await SeedAsync(stoppingToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Demo data is a convenience: the system runs without it.
            LogFailed(logger, failure);
        }
    }

    private async Task SeedAsync(CancellationToken ct)
    {
        var address = LoopbackAddress.Of(server);
        var password = configuration["Demo:Password"] ?? "Demo@12345";
        using var worker = await DemoApi.SignInAsync(address, "demo.socialworker", password, clock, ct);
        if ((await worker.GetAsync("api/cases?pageSize=1", ct)).GetProperty("total").GetInt32() > 0)
        {
            return;
        }

        using var chair = await DemoApi.SignInAsync(address, "demo.communechair", password, clock, ct);
        using var police = await DemoApi.SignInAsync(address, "demo.policeliaison", password, clock, ct);
        await new DemoCaseStory(worker, chair, police).TellAsync(ct);
        LogSeeded(logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo cases taken through the API for Phường Nguyễn Nghiêm.")]
    private static partial void LogSeeded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo cases could not all be taken; the system runs without them.")]
    private static partial void LogFailed(ILogger logger, Exception failure);
}
