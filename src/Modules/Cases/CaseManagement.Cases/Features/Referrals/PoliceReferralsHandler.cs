using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Intake;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.Referrals;

/// <summary>
/// The police side: a liaison sees the referrals addressed to a police unit in their jurisdiction,
/// and of each only what was disclosed, never the case. They acknowledge, record the file's
/// transfer to the investigation agency, forensic examination and the outcome, and log crime reports
/// about children, which open an intake in the commune.
/// </summary>
internal sealed class PoliceReferralsHandler(
    CasesDbContext db, Jurisdiction<CasesDbContext> jurisdiction, ReferralRecords records, CaseActors actors, CaseUnitOfWork work, IntakeHandler intake, NewCaseWriter writer,
    CaseUnits units, DeadlineRuleBook<CasesDbContext> rules, TimeProvider clock)
{
    public async Task<IReadOnlyList<PoliceReferralView>> ListAsync(CancellationToken ct)
    {
        var visible = await jurisdiction.UnitCodesAsync(ct);
        var referrals = await db.Referrals.AsNoTracking().WithinJurisdiction(visible, r => r.PoliceUnitCode)
            .OrderByDescending(r => r.SentAt).Take(200).ToListAsync(ct);
        var numbers = await CaseNumbersAsync(referrals.Select(r => r.CaseId), ct);
        var deadlines = await DeadlinesAsync(referrals, ct);
        return referrals.Select(r => new PoliceReferralView(ReferralRecords.View(r), numbers[r.CaseId], r.CaseUnitCode, records.OpenDisclosure(r), deadlines[r.Id])).ToList();
    }

    public async Task<PoliceReferralView> GetAsync(Guid id, CancellationToken ct)
    {
        var referral = await FindAsync(id, ct);
        var numbers = await CaseNumbersAsync([referral.CaseId], ct);
        var deadlines = await DeadlinesAsync([referral], ct);
        return new PoliceReferralView(ReferralRecords.View(referral), numbers[referral.CaseId], referral.CaseUnitCode, records.OpenDisclosure(referral), deadlines[referral.Id]);
    }

    public async Task<ReferralView> AcknowledgeAsync(Guid id, AcknowledgeReferralRequest request, CancellationToken ct)
    {
        var referral = await FindAsync(id, ct);
        CheckVersion(referral, request.Version);
        var actor = work.ActorAt(RequestValues.ParseInstant(request.OccurredAt), referral.SentAt);
        referral.Acknowledge(request.PoliceReference, actor);
        await records.NoteOnTimelineAsync(referral.CaseId, actor, "referral-acknowledged", referral.PoliceReference, ct);
        db.AddIntegrationEvent(new PoliceReferralAcknowledged(referral.Id, referral.CaseId, referral.CaseUnitCode, referral.Direction, referral.AcknowledgedAt!.Value, actor.At), actor.At);
        await SignalAsync(referral, CaseDeadlineRules.ReferralReceived, referral.AcknowledgedAt!.Value, ct);
        await SaveAsync(referral, ct);
        return ReferralRecords.View(referral);
    }

    public async Task<ReferralView> RecordProgressAsync(Guid id, ReferralProgressRequest request, CancellationToken ct)
    {
        var referral = await FindAsync(id, ct);
        CheckVersion(referral, request.Version);
        var actor = actors.Now();
        var before = (referral.TransferredToInvestigationAt, referral.ForensicOrderedAt, referral.ForensicConcludedAt);
        referral.RecordProgress(
            RequestValues.ParseInstant(request.TransferredToInvestigationAt), RequestValues.ParseInstant(request.ForensicOrderedAt),
            RequestValues.ParseInstant(request.ForensicConcludedAt), request.PoliceReference);
        if (RequestValues.ParseCode<ReferralOutcome>(request.Outcome) is { } outcome)
        {
            referral.RecordOutcome(outcome, RequestValues.ParseDate(request.OutcomeOn)!.Value);
            db.AddIntegrationEvent(new PoliceReferralOutcomeRecorded(
                referral.Id, referral.CaseId, referral.CaseUnitCode, outcome, referral.OutcomeOn!.Value, referral.SentAt, referral.AcknowledgedAt, actor.At), actor.At);
        }

        await SignalMilestonesAsync(referral, before, ct);
        db.AddIntegrationEvent(new PoliceReferralUpdated(
            referral.Id, referral.CaseId, referral.CaseUnitCode, referral.TransferredToInvestigationAt, referral.ForensicOrderedAt, referral.ForensicConcludedAt, actor.At), actor.At);
        await records.NoteOnTimelineAsync(referral.CaseId, actor, "referral-updated", referral.Outcome?.ToString(), ct);
        await SaveAsync(referral, ct);
        return ReferralRecords.View(referral);
    }

    /// <summary>A crime report about a child: an intake in the commune (channel: police) with a referral from the police unit.
    /// With an idempotency key this user used already (the form sent twice), answers the crime report that key logged.</summary>
    public async Task<PoliceReferralView> LogCrimeReportAsync(CrimeReportRequest request, string? idempotencyKey, CancellationToken ct)
    {
        if (idempotencyKey is not null && await LoggedWithAsync(idempotencyKey, ct) is { } answered)
        {
            return answered;
        }

        try
        {
            return await LogAsync(request, idempotencyKey, ct);
        }
        catch (Exception e) when (idempotencyKey is not null && ConflictingWrites.IsDuplicateKey(e))
        {
            // The same form sent twice at once: the other request took the key and logged the report.
            return await LoggedWithAsync(idempotencyKey, ct) ?? throw new InvalidOperationException("An idempotency key was taken but names no case.", e);
        }
    }

    /// <summary>The crime report this user logged with this key, if any: the police referral of the case the key opened.</summary>
    private async Task<PoliceReferralView?> LoggedWithAsync(string idempotencyKey, CancellationToken ct)
    {
        var userId = actors.Now().UserId;
        var caseId = await db.IntakeKeys.AsNoTracking().Where(k => k.UserId == userId && k.Key == idempotencyKey).Select(k => (Guid?)k.CaseId)
            .SingleOrDefaultAsync(ct);
        var referralId = caseId is { } id
            ? await db.Referrals.AsNoTracking().Where(r => r.CaseId == id && r.Direction == ReferralDirection.FromPolice).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct)
            : null;
        return referralId is { } found ? await GetAsync(found, ct) : null;
    }

    private async Task<PoliceReferralView> LogAsync(CrimeReportRequest request, string? idempotencyKey, CancellationToken ct)
    {
        var police = await records.PoliceUnitAsync(request.PoliceOrganisationId!.Value, ct);
        if (!await jurisdiction.CoversAsync(police.UnitCode, ct))
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["policeOrganisationId"] = [CasesText.Messages["referral.not_police"]] });
        }

        if (request.Report!.MergeIntoCaseId is not null)
        {
            throw new ForbiddenException("case.merge_forbidden", CasesText.Messages["case.merge_forbidden"]);
        }

        // The case and its referral open together: the referral's rows and event join the new case's.
        var draft = await intake.DraftAsync(request.Report with { Channel = nameof(ReportChannel.Police), ReceivingBody = police.Name }, ct);
        var subject = draft.Case;
        var actor = actors.Now().HappenedAt(subject.ReceivedAt); // The crime report was made when the report was received.
        var id = Guid.CreateVersion7();
        // The police wrote the report: they may read all of it.
        var referral = PoliceReferral.Send(id, subject, ReferralDirection.FromPolice, police.Id, police.Name, police.UnitCode, DisclosableFields.All,
            await records.SealDisclosureAsync(id, subject, DisclosableFields.All, ct, draft.Rows.OfType<Child>()), request.PoliceReference, actor);
        var logged = TimelineEntry.For(subject.Id, actor, "crime-report-logged", subject.Status, request.PoliceReference);
        var sent = new PoliceReferralSent(
            id, subject.Id, subject.UnitCode, ReferralDirection.FromPolice, police.Id, police.UnitCode, referral.Disclosed, referral.SentAt, actor.At);
        var limits = await work.NewDeadlinesAsync(subject, [CaseDeadlineRules.ReferralReceived], referral.SentAt, ct, referral.Id);
        object[] key = idempotencyKey is null ? [] : [new IntakeKey { UserId = actor.UserId, Key = idempotencyKey, CaseId = subject.Id, CreatedAt = subject.UpdatedAt }];
        var number = await writer.OpenAsync(draft.With([referral, logged, .. limits, .. key], [sent]));
        var deadlines = await DeadlinesAsync([referral], ct);
        return new PoliceReferralView(ReferralRecords.View(referral), number, subject.UnitCode, records.OpenDisclosure(referral), deadlines[referral.Id]);
    }

    public static void CheckVersion(PoliceReferral referral, int? expected)
    {
        if (expected is { } version && version != referral.Version)
        {
            throw new ConflictException("concurrency", CasesText.Messages.Get("referral.version_conflict", referral.Version));
        }
    }

    /// <summary>The signals of the milestones this update recorded, with the case read once.</summary>
    private async Task SignalMilestonesAsync(PoliceReferral referral, (DateTimeOffset? Transferred, DateTimeOffset? Ordered, DateTimeOffset? Concluded) before, CancellationToken ct)
    {
        var reached = new List<(string Signal, DateTimeOffset At)>();
        if (before.Transferred is null && referral.TransferredToInvestigationAt is { } transferred)
        {
            reached.Add((CaseDeadlineRules.ReferralTransferred, transferred));
        }

        if (before.Ordered is null && referral.ForensicOrderedAt is { } ordered)
        {
            reached.Add((CaseDeadlineRules.ForensicOrdered, ordered));
        }

        if (before.Concluded is null && referral.ForensicConcludedAt is { } concluded)
        {
            reached.Add((CaseDeadlineRules.ForensicConcluded, concluded));
        }

        if (reached.Count > 0)
        {
            var subject = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == referral.CaseId, ct);
            foreach (var (signal, at) in reached)
            {
                await work.SignalAsync(subject, signal, ct, referral.Id, at);
            }
        }
    }

    private async Task SignalAsync(PoliceReferral referral, string signal, DateTimeOffset at, CancellationToken ct)
    {
        var subject = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == referral.CaseId, ct);
        await work.SignalAsync(subject, signal, ct, referral.Id, at);
    }

    private async Task SaveAsync(PoliceReferral referral, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("concurrency", CasesText.Messages.Get("referral.version_conflict", referral.Version));
        }
    }

    private async Task<PoliceReferral> FindAsync(Guid id, CancellationToken ct)
    {
        var visible = await jurisdiction.UnitCodesAsync(ct);
        return await db.Referrals.WithinJurisdiction(visible, r => r.PoliceUnitCode).SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("referral.not_found", CasesText.Messages["referral.not_found"]);
    }

    /// <summary>The limits on each referral, named as they apply to the case's commune (a remote commune's 48 hours).</summary>
    private async Task<Dictionary<Guid, List<ReferralDeadlineView>>> DeadlinesAsync(IReadOnlyCollection<PoliceReferral> referrals, CancellationToken ct)
    {
        var ids = referrals.Select(r => (Guid?)r.Id).ToList();
        var deadlines = (await db.Deadlines.AsNoTracking().Where(d => ids.Contains(d.SubjectId)).ToListAsync(ct)).ToLookup(d => d.SubjectId!.Value);
        var now = clock.GetUtcNow();
        var places = new Dictionary<string, CommunePlace?>();
        foreach (var unitCode in referrals.Select(r => r.CaseUnitCode).Distinct())
        {
            places[unitCode] = await units.CommuneOfAsync(unitCode, VietnamTime.DateOf(now), ct);
        }

        return referrals.ToDictionary(r => r.Id, r => deadlines[r.Id].OrderBy(d => d.DueAt).Select(d => new ReferralDeadlineView(
            d.RuleCode, rules.NameOf(d.RuleCode, places[r.CaseUnitCode]?.ProvinceCode, places[r.CaseUnitCode]?.Remote ?? false),
            d.StartedAt, d.DueAt, d.StoppedAt, d.StoppedAt is null ? d.DueAt < now : !d.Met)).ToList());
    }

    private async Task<Dictionary<Guid, string>> CaseNumbersAsync(IEnumerable<Guid> caseIds, CancellationToken ct)
    {
        var ids = caseIds.Distinct().ToList();
        return await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, ct);
    }
}
