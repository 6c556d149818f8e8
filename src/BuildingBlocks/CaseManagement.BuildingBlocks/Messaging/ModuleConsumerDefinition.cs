using MassTransit;

namespace CaseManagement.BuildingBlocks.Messaging;

/// <summary>
/// Endpoint settings shared by every consumer: the queue is named after the consuming module
/// ("cases-administrative-unit-changed"), and failures are retried with back-off before the
/// message goes to the queue's _error twin.
/// </summary>
public abstract class ModuleConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected ModuleConsumerDefinition(string module)
    {
        EndpointName = $"{module}-{KebabCaseEndpointNameFormatter.Instance.Consumer<TConsumer>()}";
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => retry.Exponential(
            5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
    }
}
