using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CaseManagement.Identity.Domain;

/// <summary>The hash chain that makes the audit trail tamper-evident: entry n's hash covers its
/// own content, its index and entry n-1's hash, so changing or removing any sealed entry breaks
/// the link at that point.</summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    public static string HashOf(long chainIndex, string previousHash, string canonicalContent)
    {
        var input = Encoding.UTF8.GetBytes(
            chainIndex.ToString(CultureInfo.InvariantCulture) + '\u001e' + previousHash + '\u001e' + canonicalContent);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }

    /// <summary>Checks sealed entries given in chain order, continuing from
    /// (<paramref name="previousIndex"/>, <paramref name="previousHash"/>). Returns the first
    /// broken link, or null when every link holds.</summary>
    public static BrokenLink? FirstBrokenLink(IEnumerable<AuditEntry> inChainOrder, long previousIndex, string previousHash)
    {
        foreach (var entry in inChainOrder)
        {
            if (entry.ChainIndex != previousIndex + 1)
            {
                return new BrokenLink(entry.Id, entry.ChainIndex, previousIndex + 1, "missing entry before this one");
            }

            if (entry.PreviousHash != previousHash)
            {
                return new BrokenLink(entry.Id, entry.ChainIndex, previousIndex + 1, "previous hash does not match");
            }

            if (entry.Hash != HashOf(entry.ChainIndex.Value, previousHash, entry.CanonicalContent()))
            {
                return new BrokenLink(entry.Id, entry.ChainIndex, previousIndex + 1, "content changed after sealing");
            }

            (previousIndex, previousHash) = (entry.ChainIndex.Value, entry.Hash!);
        }

        return null;
    }
}

/// <summary>Where the chain breaks: the entry, its recorded index, the index expected, and why.</summary>
public sealed record BrokenLink(long EntryId, long? ChainIndex, long ExpectedChainIndex, string Reason);
