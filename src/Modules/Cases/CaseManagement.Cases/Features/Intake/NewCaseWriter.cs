using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Persistence.Inserts;
using CaseManagement.Cases.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Cases.Features.Intake;

/// <summary>
/// Group commit for new cases (<see cref="GroupCommit{TItem, TResult}"/>, ADR 14): the cases arriving while others
/// are written are numbered and inserted together, one transaction, one counter statement and one INSERT per table
/// for all of them. It only numbers and inserts what it is given (<see cref="NewCase"/>). Each case still commits
/// whole or not at all: a batch that fails is written again case by case, and its numbers are given back with its
/// transaction. A commune's cases always go through the same one of a few lanes, each writing one batch at a time:
/// lanes write beside each other without ever waiting for each other's counter rows.
/// </summary>
internal sealed class NewCaseWriter
{
    /// <summary>A busy Host's queue in one or two batches, well inside PostgreSQL's parameter limit.</summary>
    private const int MaxBatch = 64;

    /// <summary>Enough to keep both cores busy while other lanes wait for their commit to be flushed.</summary>
    private const int Lanes = 4;

    private readonly IServiceScopeFactory scopes;
    private readonly GroupCommit<NewCase, string>[] lanes;

    public NewCaseWriter(IServiceScopeFactory scopes)
    {
        this.scopes = scopes;
        lanes = [.. Enumerable.Range(0, Lanes).Select(_ => new GroupCommit<NewCase, string>(WriteAsync, MaxBatch))];
    }

    /// <summary>Completes with the case's number once the case is committed.</summary>
    public Task<string> OpenAsync(NewCase newCase) =>
        lanes[(uint)StringComparer.Ordinal.GetHashCode(newCase.CommuneCode) % Lanes].WriteAsync(newCase);

    private async Task<IReadOnlyList<string>> WriteAsync(IReadOnlyList<NewCase> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var numbers = await scope.ServiceProvider.GetRequiredService<CaseNumbers>()
            .NextAsync([.. batch.Select(c => (c.CommuneCode, c.Year))], CancellationToken.None);
        var rows = new List<object>(batch.Count * 12);
        for (var i = 0; i < batch.Count; i++)
        {
            rows.AddRange(batch[i].Numbered(numbers[i]));
        }

        await db.InsertNewAsync(rows, CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return numbers;
    }
}
