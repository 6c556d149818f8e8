using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseManagement.BuildingBlocks.Deadlines;

public static class DeadlineRegistration
{
    /// <summary>Deadlines for a module: its default rules followed by the configured rules of the
    /// same module, the tracker and sweeper over its context, its calendar copy and the sweep.</summary>
    public static IServiceCollection AddDeadlines<TContext, TEvents>(
        this IServiceCollection services, IConfiguration configuration, string module, IEnumerable<DeadlineRule> defaults)
        where TContext : DbContext, IDeadlineStore
        where TEvents : class, IDeadlineEvents<TContext>
    {
        services.AddOptions<DeadlineOptions>().Bind(configuration.GetSection(DeadlineOptions.Section));
        var configured = configuration.GetSection(DeadlineOptions.Section).Get<DeadlineOptions>()?.Rules ?? [];
        services.AddSingleton(new DeadlineRuleBook<TContext>(defaults.Concat(configured.Where(r => r.Module == module))));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ModuleCalendar<TContext>>();
        services.AddScoped<IDeadlineEvents<TContext>, TEvents>();
        services.AddScoped<DeadlineTracker<TContext>>();
        services.AddScoped<DeadlineSweeper<TContext>>();
        services.AddHostedService<DeadlineSweepService<TContext>>();
        return services;
    }
}
