namespace CaseManagement.BuildingBlocks.Persistence;

/// <summary>
/// Group commit: the items of requests that arrive while a batch is being written are written
/// together next, in one transaction, and each request waits until its own item is committed. Under
/// load that is one transaction and one statement per table for many requests; a lone request is
/// written at once. One writer at a time, so batches commit in arrival order. When a batch fails,
/// its items are written one by one, so only the item that cannot be stored fails.
/// </summary>
/// <param name="write">Writes a batch in one transaction; answers one result per item, in order.</param>
public sealed class GroupCommit<TItem, TResult>(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> write, int maxBatch)
{
    private readonly Lock sync = new();
    private List<Pending> queue = [];
    private bool writing;

    private sealed record Pending(TItem Item, TaskCompletionSource<TResult> Committed);

    /// <summary>Completes with the item's result once it is committed.</summary>
    public Task<TResult> WriteAsync(TItem item)
    {
        var pending = new Pending(item, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        bool start;
        lock (sync)
        {
            queue.Add(pending);
            start = !writing;
            writing = true;
        }

        if (start)
        {
            // A writer belongs to no request: it must not carry the first caller's ambient context
            // (its correlation, its activity) into the batches it writes for the others.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(WriteQueuedAsync);
            }
        }

        return pending.Committed.Task;
    }

    private async Task WriteQueuedAsync()
    {
        while (Take() is { Count: > 0 } batch)
        {
            try
            {
                var results = await write(batch.ConvertAll(p => p.Item));
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Committed.SetResult(results[i]);
                }
            }
            catch (Exception failure) when (batch.Count == 1)
            {
                batch[0].Committed.SetException(failure);
            }
            catch (Exception)
            {
                foreach (var pending in batch)
                {
                    await WriteAloneAsync(pending);
                }
            }
        }
    }

    private async Task WriteAloneAsync(Pending pending)
    {
        try
        {
            pending.Committed.SetResult((await write([pending.Item]))[0]);
        }
        catch (Exception failure)
        {
            pending.Committed.SetException(failure);
        }
    }

    /// <summary>The next batch in arrival order, or none, which ends the writer.</summary>
    private List<Pending> Take()
    {
        lock (sync)
        {
            if (queue.Count == 0)
            {
                writing = false;
                return [];
            }

            if (queue.Count <= maxBatch)
            {
                var all = queue;
                queue = [];
                return all;
            }

            var first = queue[..maxBatch];
            queue.RemoveRange(0, maxBatch);
            return first;
        }
    }
}
