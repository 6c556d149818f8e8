using System.Reflection;
using CaseManagement.Identity.Domain;

namespace CaseManagement.UnitTests.Identity;

public class AuditChainTests
{
    private static List<AuditEntry> SealedChain(int length)
    {
        var entries = new List<AuditEntry>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= length; i++)
        {
            var entry = AuditEntry.Record(new DateTimeOffset(2026, 11, 23, 8, 0, i, 123, TimeSpan.FromHours(7)).AddTicks(4567),
                "user-1", "demo.socialworker", "read", "case", $"case-{i}", "success", 200, "127.0.0.1", "corr");
            typeof(AuditEntry).GetProperty(nameof(AuditEntry.Id))!.SetValue(entry, (long)i);
            entry.Seal(i, previous);
            previous = entry.Hash!;
            entries.Add(entry);
        }

        return entries;
    }

    [Fact]
    public void An_untouched_chain_has_no_broken_link() =>
        Assert.Null(AuditChain.FirstBrokenLink(SealedChain(5), 0, AuditChain.Genesis));

    [Fact]
    public void Times_are_kept_to_the_millisecond_in_UTC_so_every_database_reproduces_the_hash()
    {
        var entry = SealedChain(1)[0];
        Assert.Equal(TimeSpan.Zero, entry.OccurredAt.Offset);
        Assert.Equal(0, entry.OccurredAt.UtcTicks % TimeSpan.TicksPerMillisecond);
    }

    [Fact]
    public void A_changed_field_breaks_the_chain_at_that_entry()
    {
        var chain = SealedChain(5);
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.ResourceId))!.SetValue(chain[2], "case-999");
        var broken = AuditChain.FirstBrokenLink(chain, 0, AuditChain.Genesis)!;
        Assert.Equal((3L, "content changed after sealing"), (broken.EntryId, broken.Reason));
    }

    [Fact]
    public void A_removed_entry_breaks_the_chain_at_the_next_one()
    {
        var chain = SealedChain(5);
        chain.RemoveAt(1);
        var broken = AuditChain.FirstBrokenLink(chain, 0, AuditChain.Genesis)!;
        Assert.Equal((3L, "missing entry before this one"), (broken.EntryId, broken.Reason));
    }

    [Fact]
    public void Sealing_twice_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => SealedChain(1)[0].Seal(2, AuditChain.Genesis));
}
