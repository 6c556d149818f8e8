using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.BuildingBlocks.Messaging;

public static class BusRegistration
{
    /// <summary>MassTransit on the configured transport; <paramref name="addConsumers"/> lets each
    /// module register its consumers.</summary>
    public static IServiceCollection AddCaseManagementBus(
        this IServiceCollection services, IConfiguration configuration, Action<IBusRegistrationConfigurator> addConsumers)
    {
        var options = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        services.AddMassTransit(bus =>
        {
            // MassTransit reports usage to its vendor by default: a government system sends nothing out.
            bus.DisableUsageTelemetry();
            addConsumers(bus);
            if (options.Transport == MessagingTransport.RabbitMq)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(options.RabbitMq.Host, options.RabbitMq.Port, options.RabbitMq.VirtualHost, h =>
                    {
                        h.Username(options.RabbitMq.Username);
                        h.Password(options.RabbitMq.Password);
                    });
                    cfg.PrefetchCount = options.ConcurrentMessageLimit * 4;
                    cfg.ConcurrentMessageLimit = options.ConcurrentMessageLimit;
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) =>
                {
                    cfg.ConcurrentMessageLimit = options.ConcurrentMessageLimit;
                    cfg.ConfigureEndpoints(context);
                });
            }
        });
        var definitions = services.Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IConsumerDefinition<>)).Distinct().ToList();
        services.AddSingleton(sp => ModuleQueues.From(sp, definitions));
        services.AddOptions<MessagingOptions>().Configure(o => configuration.GetSection(MessagingOptions.Section).Bind(o));
        services.AddSingleton<ErrorQueues>();
        services.AddHealthChecks().AddCheck<ErrorQueuesHealthCheck>("error-queues", tags: ["ready"]);
        services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(30);
            o.StopTimeout = TimeSpan.FromSeconds(15);
        });
        return services;
    }
}
