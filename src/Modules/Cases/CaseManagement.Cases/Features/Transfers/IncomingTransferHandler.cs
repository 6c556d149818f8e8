using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Privacy;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.Transfers;

/// <summary>What the commune asked to take a case over needs to decide: the case's number, where it comes from,
/// its step and kind, and each child by initials, sex, age and residence. The file itself is theirs once accepted.</summary>
public sealed record IncomingTransferView(
    Guid CaseId, string Number, string FromUnitCode, string ToUnitCode, CaseStatus Status, string StatusName, IncidentKind Kind, string KindName,
    DateTimeOffset ReceivedAt, DateTimeOffset RequestedAt, IReadOnlyList<TransferChildView> Children, int Version);

public sealed record TransferChildView(string Initials, Sex Sex, int? AgeAtReport, string? ResidenceUnitCode);

internal sealed class IncomingTransferHandler(CasesDbContext db, Jurisdiction<CasesDbContext> jurisdiction, SensitiveData sealer)
{
    public async Task<IncomingTransferView> GetAsync(Guid id, CancellationToken ct)
    {
        var visible = await jurisdiction.UnitCodesAsync(ct);
        var found = await db.Cases.AsNoTracking().Include(c => c.Children).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (found?.PendingTransfer is not { } pending || !visible.Contains(pending.ToUnitCode))
        {
            throw new NotFoundException("case.not_found", CasesText.Messages["case.not_found"]);
        }

        var ids = found.Children.Select(l => l.ChildId).ToList();
        var children = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return new IncomingTransferView(
            found.Id, found.Number, found.UnitCode, pending.ToUnitCode, found.Status, CasesText.NameOf(found.Status), found.Incident.Kind,
            CasesText.NameOf(found.Incident.Kind), found.ReceivedAt, pending.RequestedAt,
            [.. found.Children.Select(l => children[l.ChildId]).Select(c => new TransferChildView(
                Masking.Initials(sealer.OpenJson<ChildIdentity>(c.IdentitySealed, c.Id).FullName), c.Sex,
                found.Children.Single(l => l.ChildId == c.Id).AgeAtReport, c.ResidenceUnitCode))],
            found.Version);
    }
}
