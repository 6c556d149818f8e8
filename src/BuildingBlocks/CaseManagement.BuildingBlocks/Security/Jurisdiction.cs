using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Caching.Memory;

namespace CaseManagement.BuildingBlocks.Security;

/// <summary>The links of one version of a unit in a module's own copy of the administrative units:
/// its parent then, and the units it went into when it ended (codes separated by ';').</summary>
public sealed record UnitLink(string Code, string? ParentCode, string SuccessorCodes);

/// <summary>A module DbContext that keeps a copy of the unit tree (from Directory's events).</summary>
public interface IUnitTreeSource
{
    IQueryable<UnitLink> UnitLinks { get; }
}

/// <summary>
/// The one mechanism for record-level filtering: the caller's jurisdiction is their unit and every
/// unit that was ever below it in the module's copy of the tree (every version counts: a district
/// keeps seeing its former communes' records), and the units merged into any of those (their
/// records count toward their successors). Modules filter their queries with
/// <see cref="JurisdictionQueries.WithinJurisdiction"/>; a record outside it is simply not found (404).
/// </summary>
public sealed class Jurisdiction<TContext>(TContext db, ICurrentUser user, IMemoryCache cache)
    where TContext : DbContext, IUnitTreeSource
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    /// <summary>The unit codes the caller may see; empty for a caller without a unit.</summary>
    public Task<IReadOnlySet<string>> UnitCodesAsync(CancellationToken ct) =>
        user.UnitCode is { Length: > 0 } root ? SubtreeAsync(root, ct) : Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());

    public async Task<bool> CoversAsync(string? unitCode, CancellationToken ct) =>
        unitCode is not null && (await UnitCodesAsync(ct)).Contains(unitCode);

    /// <summary>Whether the caller's unit sits at the top of the tree (a province, or the system's own unit):
    /// no version of it has a parent.</summary>
    public async Task<bool> IsTopLevelAsync(CancellationToken ct)
    {
        if (user.UnitCode is not { Length: > 0 } unit)
        {
            return false;
        }

        // The links are a projection the database cannot filter on: read them (a province's few hundred units).
        var versions = (await db.UnitLinks.AsNoTracking().ToListAsync(ct)).Where(l => l.Code == unit).ToList();
        return versions.Count > 0 && versions.TrueForAll(l => l.ParentCode is null);
    }

    /// <summary>A unit and every unit below it, from the module's copy of the tree. The tree is read
    /// once for a short while and each root's subtree is walked once from it: every request of a user
    /// asks for the same subtree, and reading the whole tree per root (a province's every commune and
    /// district) was a full read of the units for each of them.</summary>
    public async Task<IReadOnlySet<string>> SubtreeAsync(string root, CancellationToken ct) =>
        (await cache.GetOrCreateAsync(JurisdictionCache.TreeKey<TContext>(), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return new CachedTree(UnitTree.Below(await db.UnitLinks.AsNoTracking().ToListAsync(ct)));
        }))!.Subtree(root);

    /// <summary>One reading of the tree; its subtrees are dropped with it.</summary>
    private sealed class CachedTree(ILookup<string, string> below)
    {
        private readonly ConcurrentDictionary<string, IReadOnlySet<string>> subtrees = new(StringComparer.Ordinal);

        public IReadOnlySet<string> Subtree(string root) => subtrees.GetOrAdd(root, r => UnitTree.Subtree(r, below));
    }
}

public static class JurisdictionCache
{
    /// <summary>Drops a module's reading of its unit tree once its copy of the units has changed, so that
    /// the next request sees the change rather than the reading of up to 30 s before.</summary>
    public static void ForgetUnitTree<TContext>(this IMemoryCache cache)
        where TContext : DbContext, IUnitTreeSource => cache.Remove(TreeKey<TContext>());

    internal static (Type, string) TreeKey<TContext>() => (typeof(TContext), "unit-tree");
}

/// <summary>Walks a unit tree given as parent → children.</summary>
public static class UnitTree
{
    /// <summary>What sits below each unit: its children in any version, and the units merged into it.</summary>
    public static ILookup<string, string> Below(IEnumerable<UnitLink> links) =>
        links.SelectMany(l => Edges(l)).ToLookup(e => e.Above, e => e.Below, StringComparer.Ordinal);

    private static IEnumerable<(string Above, string Below)> Edges(UnitLink link)
    {
        if (link.ParentCode is { } parent)
        {
            yield return (parent, link.Code);
        }

        foreach (var successor in link.SuccessorCodes.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return (successor, link.Code);
        }
    }

    /// <summary>The root and every unit below it.</summary>
    public static HashSet<string> Subtree(string root, ILookup<string, string> children)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { root };
        var pending = new Queue<string>([root]);
        while (pending.TryDequeue(out var code))
        {
            foreach (var child in children[code])
            {
                if (result.Add(child))
                {
                    pending.Enqueue(child);
                }
            }
        }

        return result;
    }
}

public static class JurisdictionQueries
{
    /// <summary>Keeps the records whose unit (picked by <paramref name="unitOf"/>) is in <paramref name="unitCodes"/>.</summary>
    public static IQueryable<T> WithinJurisdiction<T>(this IQueryable<T> query, IReadOnlySet<string> unitCodes, Expression<Func<T, string>> unitOf)
    {
        var codes = unitCodes.ToList();
        Expression<Func<string, bool>> contains = code => codes.Contains(code);
        var body = ReplacingExpressionVisitor.Replace(contains.Parameters[0], unitOf.Body, contains.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(body, unitOf.Parameters));
    }
}
