using MassTransit;

namespace CaseManagement.BuildingBlocks.Messaging;

/// <summary>
/// Endpoint settings shared by every consumer: the queue is named after the consuming module
/// ("cases-administrative-unit-changed"). A failure of the surroundings (<see cref="TransientFailures"/>:
/// the database or broker down, a deadlock) is retried with back-off for as long as it lasts, so no
/// outage sends a message to the queue's _error twin; other failures are retried a few times at once
/// (a concurrent duplicate delivery) before the consumer parks the message or it goes to _error.
/// </summary>
public abstract class ModuleConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    /// <summary>The longest wait between two tries during an outage.</summary>
    public static readonly TimeSpan LongestOutageRetryInterval = TimeSpan.FromSeconds(30);

    protected ModuleConsumerDefinition(string module)
    {
        EndpointName = $"{module}-{KebabCaseEndpointNameFormatter.Instance.Consumer<TConsumer>()}";
    }

    /// <summary>False for all but one of several consumers sharing a queue: the queue's retry policy is set once.</summary>
    protected virtual bool ConfiguresEndpoint => true;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        if (!ConfiguresEndpoint)
        {
            return;
        }

        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Handle<Exception>(TransientFailures.Is);
            retry.Exponential(int.MaxValue, TimeSpan.FromMilliseconds(200), LongestOutageRetryInterval, TimeSpan.FromMilliseconds(500));
        });
        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Ignore<Exception>(TransientFailures.Is);
            retry.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200));
        });
    }
}
