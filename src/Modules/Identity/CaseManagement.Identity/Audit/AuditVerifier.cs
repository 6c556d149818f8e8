using CaseManagement.Identity.Domain;
using CaseManagement.Identity.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Identity.Audit;

public sealed record AuditVerification(bool Intact, long EntriesChecked, long Unsealed, BrokenLink? FirstBrokenLink);

/// <summary>Walks the whole chain in pages and reports the first broken link.</summary>
public sealed class AuditVerifier(IdentityDbContext db)
{
    private const int PageSize = 5000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        long checkedCount = 0, previousIndex = 0;
        var previousHash = AuditChain.Genesis;
        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking()
                .Where(e => e.ChainIndex != null && e.ChainIndex > previousIndex)
                .OrderBy(e => e.ChainIndex).Take(PageSize).ToListAsync(ct);
            if (page.Count == 0)
            {
                break;
            }

            if (AuditChain.FirstBrokenLink(page, previousIndex, previousHash) is { } broken)
            {
                return new AuditVerification(false, checkedCount, await UnsealedAsync(ct), broken);
            }

            checkedCount += page.Count;
            (previousIndex, previousHash) = (page[^1].ChainIndex!.Value, page[^1].Hash!);
        }

        return new AuditVerification(true, checkedCount, await UnsealedAsync(ct), null);
    }

    private Task<int> UnsealedAsync(CancellationToken ct) => db.AuditEntries.CountAsync(e => e.ChainIndex == null, ct);
}
