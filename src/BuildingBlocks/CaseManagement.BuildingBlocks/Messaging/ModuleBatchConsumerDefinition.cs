using MassTransit;

namespace CaseManagement.BuildingBlocks.Messaging;

/// <summary>Endpoint settings of a batch consumer: up to <see cref="MessageLimit"/> messages, or
/// what has arrived within <see cref="TimeLimit"/>, several batches at a time.</summary>
public abstract class ModuleBatchConsumerDefinition<TConsumer> : ModuleConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public const int MessageLimit = 100;
    public const int ConcurrentBatches = 4;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(10);

    protected ModuleBatchConsumerDefinition(string module)
        : base(module)
    {
        ConcurrentMessageLimit = MessageLimit * ConcurrentBatches;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        base.ConfigureConsumer(endpointConfigurator, consumerConfigurator, context);
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(MessageLimit)
            .SetTimeLimit(TimeLimit)
            .SetConcurrencyLimit(ConcurrentBatches));
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbitMq)
        {
            rabbitMq.PrefetchCount = MessageLimit * ConcurrentBatches * 2;
        }
    }
}
