using CaseManagement.Host.Composition;

var builder = WebApplication.CreateBuilder(args);
builder.AddCaseManagementLogging();
builder.Services.AddCaseManagement(builder.Configuration, builder.Environment);

var app = builder.Build();
if (await HostCommands.TryRunAsync(app, args))
{
    return;
}

app.UseCaseManagementPipeline();
app.MapCaseManagementEndpoints();
await app.RunAsync();

/// <summary>Entry point; public so that integration tests can host it.</summary>
public partial class Program;
