using System.Text.Json;
using CaseManagement.BuildingBlocks.Privacy;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Reporting.Domain.Rounds;
using CaseManagement.Reporting.Features.Reports;
using CaseManagement.Reporting.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseManagement.Reporting.Features.Rounds;

/// <summary>A unit's answer to a round: read (by the unit and by the sender), written and submitted by
/// the unit, returned by the sender for completion, and its evidence documents (checked by content,
/// sealed, downloads audited).</summary>
internal sealed class AnswersHandler(
    ReportingDbContext db, RoundAccess access, RoundStatistics statistics, SensitiveData sealer, ICurrentUser user, TimeProvider clock,
    IOptions<ReportingOptions> options)
{
    public async Task<AnswerView> GetAsync(Guid roundId, string unitCode, CancellationToken ct)
    {
        var (side, answer) = await access.AnswerAsync(roundId, unitCode, ct);
        return await ViewAsync(side.Round, answer, ct);
    }

    public async Task<AnswerView> DraftAsync(Guid roundId, string unitCode, AnswerDraftRequest request, CancellationToken ct)
    {
        var (side, answer) = await access.OwnAnswerAsync(roundId, unitCode, request.Version, ct);
        answer.Write(side.Round, request.Points!.ToDictionary(p => p.Number, p => p.Narrative ?? ""), Actor, clock.GetUtcNow());
        await access.SaveAsync(ct);
        return await ViewAsync(side.Round, answer, ct);
    }

    public async Task<AnswerView> SubmitAsync(Guid roundId, string unitCode, AnswerVersionRequest request, CancellationToken ct)
    {
        var (side, answer) = await access.OwnAnswerAsync(roundId, unitCode, request.Version, ct);
        var evidence = await db.RoundAttachments.CountAsync(a => a.RoundId == roundId && a.UnitCode == unitCode, ct);
        var figures = await statistics.CountsAsync(side.Round, unitCode, ct) is { } counts ? JsonSerializer.Serialize(counts.ByIndicator) : null;
        answer.Submit(side.Round, evidence, figures, Actor, clock.GetUtcNow());
        await access.SaveAsync(ct);
        return await ViewAsync(side.Round, answer, ct);
    }

    public async Task<AnswerView> ReturnAsync(Guid roundId, string unitCode, ReturnAnswerRequest request, CancellationToken ct)
    {
        var (side, answer) = await access.AnswerAsync(roundId, unitCode, ct, track: true);
        side.EnsureSendingUnit();

        RoundAccess.CheckVersion(answer.Version, request.Version);
        answer.Return(side.Round, request.Comment!.Trim(), Actor, clock.GetUtcNow());
        await access.SaveAsync(ct);
        return await ViewAsync(side.Round, answer, ct);
    }

    public async Task<EvidenceView> AddEvidenceAsync(Guid roundId, string unitCode, IFormFile? file, CancellationToken ct)
    {
        var (side, answer) = await access.OwnAnswerAsync(roundId, unitCode, null, ct);
        var maxBytes = options.Value.Rounds.MaxEvidenceBytes;
        var (fileName, type, content) = await UploadedDocument.ReadAsync(file, maxBytes, new(
            ReportingText.Messages["field.required"],
            ReportingText.Messages.Get("evidence.too_large", maxBytes / (1024 * 1024)),
            ReportingText.Messages["evidence.type"]), ct);
        answer.EvidenceChanged(side.Round, Actor, clock.GetUtcNow());
        var id = Guid.CreateVersion7();
        var attachment = RoundAttachment.Add(id, roundId, unitCode, sealer.Seal(fileName, id), type, content.Length, sealer.SealBytes(content, id), Actor, clock.GetUtcNow());
        db.RoundAttachments.Add(attachment);
        await access.SaveAsync(ct);
        return new EvidenceView(id, fileName, type, content.Length, attachment.UploadedBy, attachment.UploadedAt);
    }

    /// <summary>A document attached by mistake is removed while the answer is still being written.</summary>
    public async Task RemoveEvidenceAsync(Guid roundId, string unitCode, Guid attachmentId, CancellationToken ct)
    {
        var (side, answer) = await access.OwnAnswerAsync(roundId, unitCode, null, ct);
        var attachment = await db.RoundAttachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.RoundId == roundId && a.UnitCode == unitCode, ct)
            ?? throw new NotFoundException("evidence.not_found", ReportingText.Messages["evidence.not_found"]);
        answer.EvidenceChanged(side.Round, Actor, clock.GetUtcNow());
        db.RoundAttachments.Remove(attachment);
        await access.SaveAsync(ct);
    }

    public async Task<EvidenceDownload> DownloadEvidenceAsync(Guid roundId, string unitCode, Guid attachmentId, CancellationToken ct)
    {
        await access.AnswerAsync(roundId, unitCode, ct);
        var attachment = await db.RoundAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.RoundId == roundId && a.UnitCode == unitCode, ct)
            ?? throw new NotFoundException("evidence.not_found", ReportingText.Messages["evidence.not_found"]);
        return new EvidenceDownload(sealer.Open(attachment.FileNameSealed, attachment.Id), attachment.ContentType, sealer.OpenBytes(attachment.ContentSealed, attachment.Id));
    }

    private async Task<AnswerView> ViewAsync(ReportingRound round, RoundAnswer answer, CancellationToken ct)
    {
        var evidence = (await db.RoundAttachments.AsNoTracking().Where(a => a.RoundId == round.Id && a.UnitCode == answer.UnitCode)
                .Select(a => new { a.Id, a.FileNameSealed, a.ContentType, a.Size, a.UploadedBy, a.UploadedAt }).ToListAsync(ct))
            .OrderBy(a => a.UploadedAt)
            .Select(a => new EvidenceView(a.Id, sealer.Open(a.FileNameSealed, a.Id), a.ContentType, a.Size, a.UploadedBy, a.UploadedAt)).ToList();
        var (frozen, tables) = await statistics.TablesAsync(round, answer, ct);
        return new AnswerView(round.Id, answer.UnitCode, answer.UnitName, answer.Status, RoundsHandler.StatusName(answer.Status), answer.Version,
            answer.IsLate(round.DueAt, clock.GetUtcNow()), answer.ReturnComment, answer.SubmittedAt, answer.SubmittedBy,
            round.PointsFor(answer.UnitCode).Select(p => new PointAnswerView(p.Number, p.Title, p.Guidance, answer.Narratives.GetValueOrDefault(p.Number))).ToList(),
            evidence, round.PeriodKey, frozen, tables);
    }

    private string Actor => user.Name ?? user.Id ?? "";
}
