using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Identity;
using CaseManagement.Reporting;

namespace CaseManagement.Host.Composition;

/// <summary>Operator commands run by the Host instead of serving, on the same configuration:
/// <c>CaseManagement.Host reporting rebuild</c>, and on a new installation
/// <c>CaseManagement.Host identity create-admin USER UNIT</c> with the password in <c>CM_ADMIN_PASSWORD</c>
/// or on the first line of standard input (never on the command line, where other users of the server see it).</summary>
internal static class HostCommands
{
    public const string PasswordVariable = "CM_ADMIN_PASSWORD";

    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        switch (args)
        {
            case ["reporting", "rebuild", ..]:
                await ReportingModule.RebuildAsync(app.Services, Console.Out, CancellationToken.None);
                return true;
            case ["identity", "create-admin", var userName, var unitCode, ..]:
                Environment.ExitCode = await CreateAdministratorAsync(app, userName, unitCode);
                return true;
            case ["identity", "create-admin", ..]:
                await Console.Error.WriteLineAsync("usage: CaseManagement.Host identity create-admin USER UNIT (password in CM_ADMIN_PASSWORD or on standard input)");
                Environment.ExitCode = 2;
                return true;
            default:
                return false;
        }
    }

    private static async Task<int> CreateAdministratorAsync(WebApplication app, string userName, string unitCode)
    {
        var password = Environment.GetEnvironmentVariable(PasswordVariable) ?? await Console.In.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync($"no password: set {PasswordVariable} or write it on standard input");
            return 2;
        }

        foreach (var module in app.Services.GetServices<IModuleDatabase>())
        {
            await module.MigrateAsync(CancellationToken.None); // A new installation's first command: its databases may not exist yet.
        }

        var refused = await app.Services.CreateFirstAdministratorAsync(userName, unitCode, password);
        await (refused is null ? Console.Out.WriteLineAsync($"created administrator {userName} at unit {unitCode}") : Console.Error.WriteLineAsync($"not created: {refused}"));
        return refused is null ? 0 : 1;
    }
}
