using CaseManagement.Identity.Domain;
using CaseManagement.Identity.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Identity.Audit;

/// <summary>
/// Group commit for the audit trail: the entries of requests finishing at the same time are inserted
/// together, in one transaction of their own, and each request waits until its entry is committed.
/// Under load that is one commit for many requests instead of one each; a lone request still gets its
/// own write at once. When the database refuses a batch, its entries are written one by one, so only
/// the request whose entry cannot be stored fails, as before.
/// </summary>
public sealed class AuditBatchWriter(IServiceScopeFactory scopeFactory)
{
    /// <summary>Enough to empty the queue of a busy Host in one or two writes.</summary>
    private const int MaxBatch = 256;

    private readonly Lock sync = new();
    private List<Pending> queue = [];
    private bool writing;

    private sealed record Pending(AuditEntry Entry, TaskCompletionSource Committed);

    /// <summary>Completes once the entry is committed.</summary>
    public Task WriteAsync(AuditEntry entry)
    {
        var pending = new Pending(entry, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        bool start;
        lock (sync)
        {
            queue.Add(pending);
            start = !writing;
            writing = true;
        }

        if (start)
        {
            // The first caller of a quiet moment starts the writer; whoever arrives while it writes
            // joins the next batch. The writer stops when the queue is empty.
            _ = Task.Run(WriteQueuedAsync);
        }

        return pending.Committed.Task;
    }

    private async Task WriteQueuedAsync()
    {
        while (Take() is { Count: > 0 } batch)
        {
            try
            {
                await SaveAsync(batch);
            }
            catch (Exception failure) when (batch.Count == 1)
            {
                batch[0].Committed.SetException(failure);
            }
            catch (Exception)
            {
                // One entry the database refuses must not cost the others their trace: each alone.
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
            await SaveAsync([pending]);
        }
        catch (Exception failure)
        {
            pending.Committed.SetException(failure);
        }
    }

    private async Task SaveAsync(List<Pending> batch)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        db.AuditEntries.AddRange(batch.Select(p => p.Entry));
        await db.SaveChangesAsync(CancellationToken.None);
        batch.ForEach(p => p.Committed.SetResult());
    }

    /// <summary>The next batch in arrival order (so ids follow it), or none, which ends the writer.</summary>
    private List<Pending> Take()
    {
        lock (sync)
        {
            if (queue.Count == 0)
            {
                writing = false;
                return [];
            }

            if (queue.Count <= MaxBatch)
            {
                var all = queue;
                queue = [];
                return all;
            }

            var first = queue[..MaxBatch];
            queue.RemoveRange(0, MaxBatch);
            return first;
        }
    }
}
