using CaseManagement.Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Directory.Persistence;

/// <summary>
/// Holds the <see cref="UnitHierarchy"/> between changes. An import in this process drops it at
/// once; another Host instance's import is seen within <see cref="MaxAge"/> (unit lists change by
/// decree, a few times a year).
/// </summary>
public sealed class UnitHierarchyCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim loading = new(1, 1);
    private (UnitHierarchy Hierarchy, DateTimeOffset LoadedAt)? current;
    private int generation;

    public async Task<UnitHierarchy> GetAsync(CancellationToken ct)
    {
        if (Fresh() is { } hierarchy)
        {
            return hierarchy;
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
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            var built = new UnitHierarchy(await db.Units.AsNoTracking().ToListAsync(ct));
            if (loadingGeneration == Volatile.Read(ref generation))
            {
                current = (built, clock.GetUtcNow()); // not when an import committed while it loaded
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

    private UnitHierarchy? Fresh() =>
        current is { } c && clock.GetUtcNow() - c.LoadedAt < MaxAge ? c.Hierarchy : null;
}
