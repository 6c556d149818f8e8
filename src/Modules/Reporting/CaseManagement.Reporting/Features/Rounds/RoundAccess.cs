using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Reporting.Domain.Rounds;
using CaseManagement.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Reporting.Features.Rounds;

/// <summary>Whose side of a round the caller is on: the sender's (the round was sent by a unit in
/// their jurisdiction: they see every answer; only the sending unit's own users send answers back or
/// close it, not the levels above that oversee it) or a recipient's (their own unit was asked: they
/// see and write their unit's answer only). Anyone else is told the round does not exist.</summary>
internal sealed record RoundSide(ReportingRound Round, bool IsSender, string? OwnUnit, bool IsSendingUnit)
{
    public bool MayRead(string unitCode) => IsSender || OwnUnit == unitCode;

    /// <summary>The sender's side, the levels above included (reading every answer, the consolidation).</summary>
    public void EnsureSender() => Refuse(!IsSender);

    /// <summary>The sending unit itself (sending answers back, closing).</summary>
    public void EnsureSendingUnit() => Refuse(!IsSendingUnit);

    private static void Refuse(bool refused)
    {
        if (refused)
        {
            throw new ForbiddenException("round.not_sender", ReportingText.Messages["round.not_sender"]);
        }
    }
}

internal sealed class RoundAccess(ReportingDbContext db, Jurisdiction<ReportingDbContext> jurisdiction, ICurrentUser user)
{
    public async Task<RoundSide> FindAsync(Guid roundId, CancellationToken ct, bool track = false)
    {
        var rounds = track ? db.Rounds : db.Rounds.AsNoTracking();
        var round = await rounds.SingleOrDefaultAsync(r => r.Id == roundId, ct) ?? throw NotFound();
        var isSender = await jurisdiction.CoversAsync(round.SenderUnitCode, ct);
        var own = user.UnitCode is { } unit && await db.RoundAnswers.AnyAsync(a => a.RoundId == roundId && a.UnitCode == unit, ct) ? unit : null;
        return isSender || own is not null ? new RoundSide(round, isSender, own, user.UnitCode == round.SenderUnitCode) : throw NotFound();
    }

    /// <summary>The answer of a unit the caller may read, tracked for a change when asked.</summary>
    public async Task<(RoundSide Side, RoundAnswer Answer)> AnswerAsync(Guid roundId, string unitCode, CancellationToken ct, bool track = false)
    {
        var side = await FindAsync(roundId, ct, track);
        if (!side.MayRead(unitCode))
        {
            throw NotFound();
        }

        var answers = track ? db.RoundAnswers : db.RoundAnswers.AsNoTracking();
        var answer = await answers.SingleOrDefaultAsync(a => a.RoundId == roundId && a.UnitCode == unitCode, ct) ?? throw NotFound();
        return (side, answer);
    }

    /// <summary>Only the asked unit writes its answer.</summary>
    public async Task<(RoundSide Side, RoundAnswer Answer)> OwnAnswerAsync(Guid roundId, string unitCode, int? expectedVersion, CancellationToken ct)
    {
        var (side, answer) = await AnswerAsync(roundId, unitCode, ct, track: true);
        if (side.OwnUnit != unitCode)
        {
            throw new ForbiddenException("answer.not_own", ReportingText.Messages["answer.not_own"]);
        }

        CheckVersion(answer.Version, expectedVersion);
        return (side, answer);
    }

    public static void CheckVersion(int current, int? expected)
    {
        if (expected is { } seen && seen != current)
        {
            throw new ConflictException("concurrency", ReportingText.Messages.Get("record.version_conflict", current));
        }
    }

    /// <summary>Saves, turning a concurrent change into a 409 naming the current version.</summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException e)
        {
            var current = (await e.Entries[0].GetDatabaseValuesAsync(ct))?["Version"];
            throw new ConflictException("concurrency", ReportingText.Messages.Get("record.version_conflict", current ?? "—"));
        }
    }

    private static NotFoundException NotFound() => new("round.not_found", ReportingText.Messages["round.not_found"]);
}
