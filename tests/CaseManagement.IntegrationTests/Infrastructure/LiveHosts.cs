namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>SQLite and the in-memory bus with the outboxes sent in the background, as in a running system: what a
/// person clicking through the steps meets, with no test sending the messages on.</summary>
public sealed class LiveSqliteHost : SqliteHost
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [.. base.Settings, new("Outbox:DispatchInBackground", "true")];
}

/// <summary>PostgreSQL and RabbitMQ (a virtual host of its own) with the outboxes sent in the background.</summary>
public sealed class LivePostgresRabbitHost : PostgresRabbitHost
{
    private readonly string virtualHost = "cm-live-" + Guid.NewGuid().ToString("N")[..12];

    protected override string? VirtualHost => virtualHost;

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [.. base.Settings, new("Outbox:DispatchInBackground", "true")];
}
