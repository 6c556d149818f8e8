using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Reporting.Domain.Rounds;
using CaseManagement.Reporting.Persistence;
using CaseManagement.Reporting.Projection;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Reporting.Features.Rounds;

/// <summary>Sending a round to the units below, the caller's rounds (sent and received), one round
/// with who has answered and who is late, and closing it.</summary>
internal sealed class RoundsHandler(
    ReportingDbContext db, RoundAccess access, Jurisdiction<ReportingDbContext> jurisdiction, ReportingUnits units, ICurrentUser user, TimeProvider clock)
{
    public async Task<RoundView> SendAsync(SendRoundRequest request, CancellationToken ct)
    {
        var sender = user.UnitCode ?? throw new ForbiddenException("unit.required", ReportingText.Messages["unit.required"]);
        var now = clock.GetUtcNow();
        var dueAt = RequestValues.ParseInstant(request.DueAt)!.Value;
        if (dueAt <= now)
        {
            throw Field("dueAt", ReportingText.Messages["field.due_past"]);
        }

        var recipients = await RecipientsAsync(sender, request.Recipients, ct);
        var points = request.Points!.Select((p, i) => new RoundPoint(i + 1, p.Title!.Trim(), p.Guidance?.Trim() is { Length: > 0 } g ? g : null,
            (p.Units ?? []).Select(u => u.Trim()).Distinct().ToList())).ToList();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Units.FirstOrDefault(u => !recipients.ContainsKey(u)) is { } stranger)
            {
                throw Field($"points[{i}].units", ReportingText.Messages.Get("field.point_unit_not_recipient", stranger));
            }
        }

        var round = ReportingRound.Send(Guid.CreateVersion7(), request.Reference?.Trim() is { Length: > 0 } r ? r : null, request.Title!.Trim(), sender,
            user.Name ?? user.Id ?? "", now, dueAt, request.EvidenceRequired, request.Period, request.Indicators?.Select(i => i.Trim()).ToList() ?? [], points);
        db.Rounds.Add(round);
        var answers = recipients.Select(u => RoundAnswer.AwaitedFrom(round.Id, u.Key, u.Value)).ToList();
        db.RoundAnswers.AddRange(answers);
        await db.SaveChangesAsync(ct);
        return View(new RoundSide(round, true, null, true), answers, new Dictionary<string, int>());
    }

    /// <summary>The rounds sent within the caller's jurisdiction or asked of their unit, newest first, a page at a time.</summary>
    public async Task<PagedResponse<RoundSummary>> ListAsync(RoundListQuery query, CancellationToken ct)
    {
        var visible = await jurisdiction.UnitCodesAsync(ct);
        var own = user.UnitCode;
        var mine = db.Rounds.AsNoTracking()
            .Where(r => visible.Contains(r.SenderUnitCode) || db.RoundAnswers.Any(a => a.RoundId == r.Id && a.UnitCode == own));
        var (page, pageSize) = (query.Page ?? 1, query.PageSize ?? RoundListQuery.DefaultPageSize);
        var total = await mine.CountAsync(ct);
        var rounds = await mine.OrderByDescending(r => r.SentAt).Skip(Paging.Offset(page, pageSize)).Take(pageSize).ToListAsync(ct);
        var ids = rounds.Select(r => r.Id).ToList();
        var answers = (await db.RoundAnswers.AsNoTracking().Where(a => ids.Contains(a.RoundId))
                .Select(a => new { a.RoundId, a.UnitCode, a.Status, a.SubmittedAt }).ToListAsync(ct))
            .ToLookup(a => a.RoundId);
        var now = clock.GetUtcNow();
        return new PagedResponse<RoundSummary>(rounds.Select(r =>
        {
            var isSender = visible.Contains(r.SenderUnitCode);
            var ownAnswer = answers[r.Id].FirstOrDefault(a => a.UnitCode == own);
            var counted = answers[r.Id].Where(a => isSender || a.UnitCode == own).Select(a => (a.Status, a.SubmittedAt)).ToList();
            return new RoundSummary(r.Id, r.Reference, r.Title, r.SenderUnitCode, r.SentAt, r.DueAt, r.Status, isSender,
                RoundProgress.Of(counted, r.DueAt, now), ownAnswer?.Status);
        }).ToList(), total, page, pageSize);
    }

    public async Task<RoundView> GetAsync(Guid roundId, CancellationToken ct) => (await BoardAsync(await access.FindAsync(roundId, ct), ct)).View;

    /// <summary>The round with the answers the caller's side sees (all for the sender, their own for a recipient) and their evidence counts.</summary>
    public async Task<(RoundView View, IReadOnlyList<RoundAnswer> Answers)> BoardAsync(RoundSide side, CancellationToken ct)
    {
        var roundId = side.Round.Id;
        var answers = await db.RoundAnswers.AsNoTracking()
            .Where(a => a.RoundId == roundId && (side.IsSender || a.UnitCode == side.OwnUnit)).OrderBy(a => a.UnitCode).ToListAsync(ct);
        var evidence = await db.RoundAttachments.AsNoTracking().Where(a => a.RoundId == roundId)
            .GroupBy(a => a.UnitCode).Select(g => new { Unit = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Unit, g => g.Count, ct);
        return (View(side, answers, evidence), answers);
    }

    public async Task<RoundView> CloseAsync(Guid roundId, AnswerVersionRequest request, CancellationToken ct)
    {
        var side = await access.FindAsync(roundId, ct, track: true);
        side.EnsureSendingUnit();
        RoundAccess.CheckVersion(side.Round.Version, request.Version);
        side.Round.Close(clock.GetUtcNow());
        await access.SaveAsync(ct);
        return await GetAsync(roundId, ct);
    }

    private RoundView View(RoundSide side, IReadOnlyList<RoundAnswer> answers, IReadOnlyDictionary<string, int> evidence)
    {
        var round = side.Round;
        var now = clock.GetUtcNow();
        var recipients = answers.Select(a => new RecipientStatus(a.UnitCode, a.UnitName, a.Status, StatusName(a.Status), a.IsLate(round.DueAt, now),
            a.SubmittedAt, evidence.GetValueOrDefault(a.UnitCode))).ToList();
        return new RoundView(round.Id, round.Reference, round.Title, round.SenderUnitCode, round.SentBy, round.SentAt, round.DueAt, round.EvidenceRequired,
            round.PeriodKey, round.Indicators, round.Points.Select(p => new RoundPointView(p.Number, p.Title, p.Guidance, p.Units)).ToList(),
            round.Status, ReportingText.Messages[$"RoundStatus.{round.Status}"], round.Version, side.IsSender,
            RoundProgress.Of(answers.Select(a => (a.Status, a.SubmittedAt)).ToList(), round.DueAt, now), recipients);
    }

    public static string StatusName(AnswerStatus status) => ReportingText.Messages[$"AnswerStatus.{status}"];

    /// <summary>The units asked (code → name today): those named, each strictly below the sender, or the units directly below.</summary>
    private async Task<Dictionary<string, string>> RecipientsAsync(string sender, IReadOnlyList<string>? named, CancellationToken ct)
    {
        var hierarchy = await units.GetAsync(ct);
        var today = BuildingBlocks.Time.VietnamTime.Today(clock);
        if (named is not { Count: > 0 })
        {
            var below = hierarchy.ChildrenAt(sender, today);
            return below.Count > 0
                ? below.ToDictionary(u => u.Code, u => u.Name)
                : throw Field("recipients", ReportingText.Messages["field.no_units_below"]);
        }

        var recipients = new Dictionary<string, string>();
        for (var i = 0; i < named.Count; i++)
        {
            var code = named[i].Trim();
            if (code == sender || hierarchy.VersionAt(code, today) is not { } unit || !await jurisdiction.CoversAsync(code, ct))
            {
                throw Field($"recipients[{i}]", ReportingText.Messages.Get("field.recipient_not_below", code));
            }

            recipients[code] = unit.Name;
        }

        return recipients;
    }

    private static RequestValidationException Field(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
