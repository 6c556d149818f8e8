using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Persistence.Inserts;
using CaseManagement.Identity.Domain;
using CaseManagement.Identity.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Identity.Audit;

/// <summary>
/// Group commit for the audit trail (<see cref="GroupCommit{TItem, TResult}"/>): the entries of
/// requests finishing at the same time are inserted together, in one transaction of their own, and
/// each request waits until its entry is committed; entry ids follow arrival order.
/// </summary>
public sealed class AuditBatchWriter
{
    /// <summary>Enough to empty the queue of a busy Host in one or two writes.</summary>
    private const int MaxBatch = 256;

    private readonly IServiceScopeFactory scopeFactory;
    private readonly GroupCommit<AuditEntry, bool> commits;

    public AuditBatchWriter(IServiceScopeFactory scopeFactory)
    {
        this.scopeFactory = scopeFactory;
        commits = new GroupCommit<AuditEntry, bool>(SaveAsync, MaxBatch);
    }

    /// <summary>Completes once the entry is committed.</summary>
    public Task WriteAsync(AuditEntry entry) => commits.WriteAsync(entry);

    private async Task<IReadOnlyList<bool>> SaveAsync(IReadOnlyList<AuditEntry> batch)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        // New rows only: on PostgreSQL one multi-row INSERT, past the change tracker (ADR 13); the
        // entries' ids stay in the database, where the sealer reads them.
        await db.InsertNewAsync(batch, CancellationToken.None);
        return [.. batch.Select(_ => true)];
    }
}
