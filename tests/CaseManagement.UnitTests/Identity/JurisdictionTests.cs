using CaseManagement.BuildingBlocks.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using System.Data.Common;

namespace CaseManagement.UnitTests.Identity;

/// <summary>Every user's jurisdiction comes from one reading of the module's unit tree.</summary>
public sealed class JurisdictionTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly ReadCounter reads = new();

    public JurisdictionTests()
    {
        connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
        db.Units.AddRange(
            new TreeUnit { Code = "51", ParentCode = null },
            new TreeUnit { Code = "522", ParentCode = "51" },
            new TreeUnit { Code = "535", ParentCode = "51" },
            new TreeUnit { Code = "21025", ParentCode = "522" },
            new TreeUnit { Code = "21484", ParentCode = "535" });
        db.SaveChanges();
    }

    [Fact]
    public async Task Users_of_different_units_get_their_own_subtrees_from_one_reading_of_the_tree()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        reads.Count = 0;

        var district = await SubtreeAsync(cache, "535");
        var province = await SubtreeAsync(cache, "51");
        var commune = await SubtreeAsync(cache, "21025");
        var again = await SubtreeAsync(cache, "535");

        Assert.Equal(["21484", "535"], district.Order(StringComparer.Ordinal));
        Assert.Equal(5, province.Count);
        Assert.Equal(["21025"], commune);
        Assert.Same(district, again);
        Assert.Equal(1, reads.Count);
    }

    [Fact]
    public async Task Once_the_module_forgets_its_tree_a_new_unit_counts_at_once()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        Assert.Equal(2, (await SubtreeAsync(cache, "535")).Count);
        await using (var db = NewContext())
        {
            db.Units.Add(new TreeUnit { Code = "21487", ParentCode = "535" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(2, (await SubtreeAsync(cache, "535")).Count);
        cache.ForgetUnitTree<TreeContext>();

        Assert.Equal(["21484", "21487", "535"], (await SubtreeAsync(cache, "535")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Another_module_reads_its_own_tree()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        reads.Count = 0;

        await SubtreeAsync(cache, "535");
        await using var other = new OtherTreeContext(Options());
        await new Jurisdiction<OtherTreeContext>(other, NoUser.Instance, cache).SubtreeAsync("535", CancellationToken.None);

        Assert.Equal(2, reads.Count);
    }

    public void Dispose() => connection.Dispose();

    private async Task<IReadOnlySet<string>> SubtreeAsync(IMemoryCache cache, string root)
    {
        // A context per call, as per request: the tree outlives the context that read it.
        await using var db = NewContext();
        return await new Jurisdiction<TreeContext>(db, NoUser.Instance, cache).SubtreeAsync(root, CancellationToken.None);
    }

    private TreeContext NewContext() => new(Options());

    private DbContextOptions Options() => new DbContextOptionsBuilder().UseSqlite(connection).AddInterceptors(reads).Options;

    private sealed class ReadCounter : DbCommandInterceptor
    {
        public int Count { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("\"Units\"", StringComparison.Ordinal))
            {
                Count++;
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    public sealed class TreeUnit
    {
        public int Id { get; set; }

        public string Code { get; set; } = "";

        public string? ParentCode { get; set; }
    }

    private class TreeContext(DbContextOptions options) : DbContext(options), IUnitTreeSource
    {
        public DbSet<TreeUnit> Units => Set<TreeUnit>();

        public IQueryable<UnitLink> UnitLinks => Units.Select(u => new UnitLink(u.Code, u.ParentCode, ""));
    }

    private sealed class OtherTreeContext(DbContextOptions options) : TreeContext(options);

    private sealed class NoUser : ICurrentUser
    {
        public static readonly NoUser Instance = new();

        public bool IsAuthenticated => false;

        public string? Id => null;

        public string? Name => null;

        public string? UnitCode => null;

        public Guid? OrganisationId => null;

        public bool IsInRole(string role) => false;
    }
}
