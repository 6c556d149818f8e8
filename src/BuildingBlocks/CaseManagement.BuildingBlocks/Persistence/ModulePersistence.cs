using CaseManagement.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.BuildingBlocks.Persistence;

public static class ModulePersistence
{
    /// <summary>
    /// Registers a module's DbContext on the configured provider: <typeparamref name="TContext"/> is
    /// what the module's code asks for; the provider subclass carries that provider's migrations.
    /// Also registers the module's outbox dispatcher and monitor.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgreSql, TSqlServer>(
        this IServiceCollection services, IConfiguration configuration, string module)
        where TContext : DbContext, IModuleDbContext
        where TSqlite : TContext
        where TPostgreSql : TContext
        where TSqlServer : TContext
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ConnectionStringFor(options, configuration, module);
        // Pooled: a request leases a context whose EF services are already built, rather than building
        // them for every request. The contexts hold no state of their own;
        // the setting their constructor makes (no savepoints) survives the pool's reset, as a test checks.
        _ = options.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddDbContextPool<TContext, TSqlite>((sp, o) => Configure(o, options.Provider, connectionString, module, sp)),
            DatabaseProvider.PostgreSql => services.AddDbContextPool<TContext, TPostgreSql>((sp, o) => Configure(o, options.Provider, connectionString, module, sp)),
            DatabaseProvider.SqlServer => services.AddDbContextPool<TContext, TSqlServer>((sp, o) => Configure(o, options.Provider, connectionString, module, sp)),
            _ => throw new NotSupportedException($"Database provider {options.Provider} is not supported."),
        };
        services.AddKeyedSingleton<WakeUp>(OutboxWakeUp.KeyOf(module));
        services.AddSingleton<IOutboxDispatcher, OutboxDispatcher<TContext>>();
        services.AddSingleton<IOutboxMonitor, OutboxMonitor<TContext>>();
        services.AddSingleton<IModuleDatabase, ModuleDatabase<TContext>>();
        services.AddHealthChecks().AddDbContextCheck<TContext>($"db-{module}", tags: ["ready"]);
        return services;
    }

    /// <summary>Points a context at its provider and wakes its module's outbox dispatcher after every commit that
    /// wrote outbox rows (<see cref="OutboxWakeUp"/>).</summary>
    private static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, string module, IServiceProvider services)
    {
        Configure(builder, provider, connectionString, module);
        builder.AddInterceptors(new OutboxWakeUp(services.GetRequiredKeyedService<WakeUp>(OutboxWakeUp.KeyOf(module))));
    }

    /// <summary>Points a context at its provider; on server databases the migrations history
    /// lives in the module's own schema, so a module can be moved out with its whole history.</summary>
    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, string schema)
    {
        const string history = "__EFMigrationsHistory";
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, o => o.MigrationsHistoryTable(history, schema)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsHistoryTable(history, schema)),
            _ => throw new NotSupportedException($"Database provider {provider} is not supported."),
        };

        // EF also logs, as errors, the failed probe of a database not created yet (first start), and
        // the rollback of a request whose client went away mid-save ("An error occurred using a
        // transaction", nothing saved). Real connection and transaction failures still surface as
        // exceptions, which the request pipeline, the dispatchers and the bus log as errors.
        builder.ConfigureWarnings(w => w.Log(
            (RelationalEventId.ConnectionError, LogLevel.Information),
            (RelationalEventId.TransactionError, LogLevel.Information)));
    }

    internal static string ConnectionStringFor(DatabaseOptions options, IConfiguration configuration, string module)
    {
        var given = GivenConnectionString(options, configuration, module);
        return options.Provider == DatabaseProvider.PostgreSql ? Tuned(given) : given;
    }

    private static string GivenConnectionString(DatabaseOptions options, IConfiguration configuration, string module)
    {
        var own = configuration.GetConnectionString(module);
        if (!string.IsNullOrWhiteSpace(own))
        {
            return own;
        }

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.GetFullPath(options.DataFolder);
            Directory.CreateDirectory(folder);
            return $"Data Source={Path.Combine(folder, module + ".db")};Pooling=True";
        }

        return options.ConnectionString
            ?? throw new InvalidOperationException(
                $"Database:ConnectionString (or ConnectionStrings:{module}) is required for provider {options.Provider}.");
    }

    /// <summary>
    /// PostgreSQL defaults an operator's own settings override:
    /// - "Max Auto Prepare": Npgsql prepares the statements a connection runs most (EF's few insert and
    ///   query shapes), which the database would otherwise plan again on every call.
    /// - "No Reset On Close": a connection going back to the pool is not reset. With prepared statements
    ///   the reset is seven statements (RESET ALL, UNLISTEN *, ...) run before the next command, about
    ///   four times per report. The modules keep no session state: every lock they take is a
    ///   transaction's (pg_advisory_xact_lock), and nothing SETs, LISTENs or makes temporary tables.
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            tuned.MaxAutoPrepare = 64;
        }

        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            tuned.NoResetOnClose = true;
        }

        return tuned.ConnectionString;
    }
}
