using CaseManagement.BuildingBlocks.Outbox;

namespace CaseManagement.UnitTests.Outbox;

public class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly OutboxOptions Options = new() { MaxAttempts = 3, FirstBackoff = TimeSpan.FromSeconds(1), MaxBackoff = TimeSpan.FromSeconds(3) };

    public sealed record SampleEvent(string Code, int Version);

    [Fact]
    public void Stores_the_event_with_a_resolvable_type_name()
    {
        var row = OutboxMessage.Create(new SampleEvent("51", 2), Now, "corr-1");
        Assert.Equal(typeof(SampleEvent), Type.GetType(row.Type));
        Assert.Contains("\"code\":\"51\"", row.Payload, StringComparison.Ordinal);
        Assert.Equal("corr-1", row.CorrelationId);
        Assert.True(row.IsDue(Now));
    }

    [Fact]
    public void Backs_off_exponentially_up_to_the_cap()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), Options.BackoffFor(1));
        Assert.Equal(TimeSpan.FromSeconds(2), Options.BackoffFor(2));
        Assert.Equal(TimeSpan.FromSeconds(3), Options.BackoffFor(3));
        Assert.Equal(TimeSpan.FromSeconds(3), Options.BackoffFor(40));
    }

    [Fact]
    public void A_failure_schedules_the_next_try()
    {
        var row = OutboxMessage.Create(new SampleEvent("51", 1), Now, null);
        row.RecordFailure(Now, "broker down", Options);
        Assert.Equal(1, row.Attempts);
        Assert.False(row.IsDue(Now));
        Assert.True(row.IsDue(Now.AddSeconds(1)));
        Assert.Null(row.ParkedAt);
    }

    [Fact]
    public void Parks_after_the_last_attempt_and_can_be_released()
    {
        var row = OutboxMessage.Create(new SampleEvent("51", 1), Now, null);
        for (var i = 0; i < Options.MaxAttempts; i++)
        {
            row.RecordFailure(Now, "broker down", Options);
        }

        Assert.Equal(Now, row.ParkedAt);
        Assert.Equal("broker down", row.LastError);
        row.Release();
        Assert.Null(row.ParkedAt);
        Assert.Equal(0, row.Attempts);
        Assert.True(row.IsDue(Now));
    }

    [Fact]
    public void Message_ids_are_the_row_ids_and_differ_between_modules()
    {
        var directory = OutboxMessageIds.For("directory", 42);
        Assert.Equal(42, OutboxMessageIds.RowIdOf(directory));
        Assert.Equal(directory, OutboxMessageIds.For("directory", 42));
        Assert.NotEqual(directory, OutboxMessageIds.For("cases", 42));
        Assert.NotEqual(directory, OutboxMessageIds.For("directory", 43));
    }
}
