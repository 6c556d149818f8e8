using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseManagement.Benchmarks;

/// <summary>The real Host, in process, on PostgreSQL and RabbitMQ, with the background
/// dispatchers on: the configuration a province would run.</summary>
internal sealed class BenchHost(string connectionString, string rabbitPort, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public string ConnectionString => connectionString;

    public static async Task<BenchHost> StartAsync(Action<IServiceCollection>? services = null)
    {
        var admin = Environment.GetEnvironmentVariable("CM_TEST_POSTGRES") ?? throw new InvalidOperationException("Run through bench/run.sh.");
        var port = Environment.GetEnvironmentVariable("CM_TEST_RABBITMQ_PORT") ?? throw new InvalidOperationException("Run through bench/run.sh.");
        var database = "cm_bench_" + Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        // WebApplicationFactory looks for the Host's project folder; the built output is enough here.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CASEMANAGEMENT_HOST", AppContext.BaseDirectory);
        var host = new BenchHost(new NpgsqlConnectionStringBuilder(admin) { Database = database, MaxPoolSize = 100 }.ConnectionString, port, services);
        _ = host.Server;
        return host;
    }

    /// <summary>The configuration this Host runs with (throwaway keys, as an installation would set its
    /// own), so that a Host started as a process on the same database can read what this one wrote.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["RateLimiting:SignInPerMinute"] = "100000",
        ["Database:Provider"] = "PostgreSql",
        ["Database:ConnectionString"] = connectionString,
        ["Database:MigrateOnStartup"] = "true",
        ["Messaging:Transport"] = "RabbitMq",
        ["Messaging:RabbitMq:Host"] = "127.0.0.1",
        ["Messaging:RabbitMq:Port"] = rabbitPort,
        ["Serilog:MinimumLevel:Default"] = "Warning",
        ["Logging:Format"] = "text",
        ["Privacy:Keys:bench"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        ["Privacy:CurrentKeyId"] = "bench",
        ["Privacy:HashKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Testing: the production pipeline with throwaway keys and the development client for the password grant.
        builder.UseEnvironment("Testing");
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
