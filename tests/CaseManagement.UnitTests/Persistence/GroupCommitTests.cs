using CaseManagement.BuildingBlocks.Persistence;

namespace CaseManagement.UnitTests.Persistence;

/// <summary>Items that arrive while a batch is written go together in the next one, one batch at a
/// time; an item that cannot be written fails alone.</summary>
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
        }, maxBatch: 10);

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
        }, maxBatch: 10);

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
    public async Task A_long_queue_is_written_in_batches_of_at_most_the_largest_size_in_arrival_order()
    {
        var batches = new List<int[]>();
        var held = new TaskCompletionSource();
        var commits = new GroupCommit<int, int>(async batch =>
        {
            batches.Add([.. batch]);
            await held.Task;
            return [.. batch];
        }, maxBatch: 10);

        var writes = Enumerable.Range(0, 26).Select(commits.WriteAsync).ToList();
        held.SetResult();
        await Task.WhenAll(writes);

        Assert.Equal(Enumerable.Range(0, 26), batches.SelectMany(b => b));
        Assert.All(batches, b => Assert.InRange(b.Length, 1, 10));
        Assert.True(batches.Count >= 3, "26 items in batches of at most 10");
    }
}
