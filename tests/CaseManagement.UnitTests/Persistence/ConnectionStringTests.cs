using CaseManagement.BuildingBlocks.Persistence;
using Npgsql;

namespace CaseManagement.UnitTests.Persistence;

public class ConnectionStringTests
{
    [Fact]
    public void PostgreSql_connections_prepare_their_frequent_statements_by_default()
    {
        var tuned = new NpgsqlConnectionStringBuilder(ModulePersistence.WithPreparedStatements("Host=db;Database=cm;Username=cm"));
        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.Equal("db", tuned.Host);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0")]
    [InlineData("Host=db;MaxAutoPrepare=0")]
    [InlineData("Host=db;max auto prepare=0")]
    public void An_operators_own_setting_is_kept(string given) =>
        Assert.Equal(given, ModulePersistence.WithPreparedStatements(given));
}
