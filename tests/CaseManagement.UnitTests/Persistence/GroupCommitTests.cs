using CaseManagement.BuildingBlocks.Persistence;

namespace CaseManagement.UnitTests.Persistence;

/// <summary>Items that arrive while a batch is written go together in the next one; an item that
/// cannot be written fails alone; no more writers run than allowed.</summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task Items_arriving_while_a_batch_is_written_are_written_together_next()
    {
        var batches = new List<IReadOnlyList<int>>();
        var firstHeld = new TaskCompletionSource();
        var firstEntered = new TaskCompletionSource();
        var commits = new GroupCommit<int, string>(async batch =>
        {
            lock (batches)
            {
                batches.Add(batch);
            }

            if (batch.Contains(0))
            {
                firstEntered.SetResult();
                await firstHeld.Task;
            }

            return [.. batch.Select(i => $"#{i}")];
        }, maxBatch: 10, maxWriters: 1);

        var first = commits.WriteAsync(0);
        await firstEntered.Task;
        var later = Enumerable.Range(1, 5).Select(commits.WriteAsync).ToList();
        firstHeld.SetResult();

        Assert.Equal("#0", await first);
        var results = await Task.WhenAll(later);
        Assert.Equal(["#1", "#2", "#3", "#4", "#5"], results);
        Assert.Equal([[0], [1, 2, 3, 4, 5]], batches);
    }

    [Fact]
    public async Task An_item_that_cannot_be_written_fails_alone_and_the_others_of_its_batch_are_written()
    {
        var written = new List<int>();
        var gate = new TaskCompletionSource();
        var commits = new GroupCommit<int, int>(async batch =>
        {
            await gate.Task;
            if (batch.Contains(3))
            {
                throw new InvalidOperationException("item 3 is refused");
            }

            lock (written)
            {
                written.AddRange(batch);
            }

            return [.. batch.Select(i => i * 10)];
        }, maxBatch: 10, maxWriters: 1);

        var writes = Enumerable.Range(0, 6).Select(commits.WriteAsync).ToList();
        gate.SetResult();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => writes[3]);
        Assert.Equal("item 3 is refused", refused.Message);
        var results = await Task.WhenAll(writes.Where((_, i) => i != 3));
        Assert.Equal([0, 10, 20, 40, 50], results);
        Assert.Equal([0, 1, 2, 4, 5], written.Order());
        Assert.Equal(70, await commits.WriteAsync(7));
    }

    [Fact]
    public async Task No_more_batches_are_written_at_once_than_writers_allowed()
    {
        var running = 0;
        var most = 0;
        var gate = new TaskCompletionSource();
        var entered = new SemaphoreSlim(0);
        var commits = new GroupCommit<int, int>(async batch =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            entered.Release();
            await gate.Task;
            Interlocked.Decrement(ref running);
            return [.. batch];
        }, maxBatch: 1, maxWriters: 2);

        var writes = Enumerable.Range(0, 6).Select(commits.WriteAsync).ToList();
        await entered.WaitAsync();
        await entered.WaitAsync();
        Assert.Equal(2, Volatile.Read(ref running));
        gate.SetResult();

        var results = await Task.WhenAll(writes);
        Assert.Equal([0, 1, 2, 3, 4, 5], results);
        Assert.Equal(2, most);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
