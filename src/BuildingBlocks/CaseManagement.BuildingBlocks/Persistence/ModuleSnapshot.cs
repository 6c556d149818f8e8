using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.BuildingBlocks.Persistence;

/// <summary>
/// Something built from a module's tables and kept between changes: a change in this process
/// drops it at once (<see cref="Invalidate"/>); another instance's change is seen within the
/// maximum age. A load that overlaps a change is not kept, so a stale copy never outlives it.
/// </summary>
public abstract class ModuleSnapshot<TContext, T>(IServiceScopeFactory scopes, TimeProvider clock, TimeSpan maxAge)
    where TContext : DbContext
    where T : class
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private (T Value, DateTimeOffset LoadedAt)? current;
    private int generation;

    public async Task<T> GetAsync(CancellationToken ct)
    {
        if (Fresh() is { } value)
        {
            return value;
        }

        await loading.WaitAsync(ct);
        try
        {
            if (Fresh() is { } loaded)
            {
                return loaded;
            }

            var loadingGeneration = Volatile.Read(ref generation);
            await using var scope = scopes.CreateAsyncScope();
            var built = await LoadAsync(scope.ServiceProvider.GetRequiredService<TContext>(), ct);
            if (loadingGeneration == Volatile.Read(ref generation))
            {
                current = (built, clock.GetUtcNow());
            }

            return built;
        }
        finally
        {
            loading.Release();
        }
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        current = null;
    }

    protected abstract Task<T> LoadAsync(TContext db, CancellationToken ct);

    private T? Fresh() => current is { } c && clock.GetUtcNow() - c.LoadedAt < maxAge ? c.Value : null;
}
