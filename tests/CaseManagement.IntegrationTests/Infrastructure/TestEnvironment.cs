namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>The servers scripts/test.sh starts. Missing values fail loudly: these tests never skip.</summary>
internal static class TestEnvironment
{
    public static string PostgresAdminConnection => Required("CM_TEST_POSTGRES");

    /// <summary>PostgreSQL's programs (initdb, pg_ctl), for a test that stops a server of its own.</summary>
    public static string PostgresBin => Required("CM_TEST_PG_BIN");

    public static string RabbitMqPort => Required("CM_TEST_RABBITMQ_PORT");

    /// <summary>The rabbitmqctl command line for the test broker (used to stop and start it).</summary>
    public static string RabbitMqCtl => Required("CM_TEST_RABBITMQCTL");

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set. Run the suite with scripts/test.sh, which starts PostgreSQL and RabbitMQ and sets it.");
}
