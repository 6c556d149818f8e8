using CaseManagement.IntegrationTests.Infrastructure;

namespace CaseManagement.IntegrationTests.Messaging;

/// <summary>Stops and starts the test broker's RabbitMQ application (the Erlang node stays up).</summary>
public static class RabbitMqBroker
{
    public static Task StopAsync() => Shell.RunAsync($"{TestEnvironment.RabbitMqCtl} stop_app");

    public static Task StartAsync() => Shell.RunAsync($"{TestEnvironment.RabbitMqCtl} start_app");
}
