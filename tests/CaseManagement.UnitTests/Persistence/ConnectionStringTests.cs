using CaseManagement.BuildingBlocks.Persistence;
using Npgsql;

namespace CaseManagement.UnitTests.Persistence;

public class ConnectionStringTests
{
    [Fact]
    public void PostgreSql_connections_prepare_their_frequent_statements_and_skip_the_pool_reset_by_default()
    {
        var tuned = new NpgsqlConnectionStringBuilder(ModulePersistence.Tuned("Host=db;Database=cm;Username=cm"));
        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal("db", tuned.Host);
        Assert.Equal("cm", tuned.Database);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;MaxAutoPrepare=0;NoResetOnClose=false")]
    [InlineData("Host=db;max auto prepare=0;no reset on close=false")]
    public void An_operators_own_settings_are_kept(string given)
    {
        var tuned = new NpgsqlConnectionStringBuilder(ModulePersistence.Tuned(given));
        Assert.Equal(0, tuned.MaxAutoPrepare);
        Assert.False(tuned.NoResetOnClose);
    }
}
