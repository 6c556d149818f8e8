using CaseManagement.Reporting;

namespace CaseManagement.Host.Composition;

/// <summary>Operator commands run by the Host instead of serving, on the same configuration:
/// <c>CaseManagement.Host reporting rebuild</c>.</summary>
internal static class HostCommands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args is not ["reporting", "rebuild", ..])
        {
            return false;
        }

        await ReportingModule.RebuildAsync(app.Services, Console.Out, CancellationToken.None);
        return true;
    }
}
