using CaseManagement.BuildingBlocks.Privacy;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.SupportInterventions.Contracts;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.Separations;

/// <summary>
/// Temporary separation (Mẫu 07): decided by the chair with the child's placement, extended by a
/// competent authority, ended with a reason. The reassessment is due by day 15; an end into long-term
/// alternative care starts the follow-up schedule. The carer's identity is sealed at rest and shown only
/// to the commune's social worker and chair.
/// </summary>
internal sealed class SeparationsHandler(SupportUnitOfWork work, DirectoryOrganisations organisations, SensitiveData sensitive, CaseTexts texts, ICurrentUser user)
{
    public async Task<SeparationResponse> DecideAsync(Guid caseId, SeparationRequest request, CancellationToken ct)
    {
        var subject = await work.FindCaseForAsync(caseId, Cases.Contracts.SupportAction.Separation, ct);
        if (await work.Db.Separations.AnyAsync(s => s.CaseId == caseId && s.EndedAt == null, ct))
        {
            throw new ConflictException("separation.already_active", SupportText.Messages.Get("separation.already_active", subject.Number));
        }

        var placement = RequestValues.ParseCode<PlacementKind>(request.Placement)!.Value;
        var facility = placement == PlacementKind.Facility ? await organisations.FacilityAsync(request.FacilityOrganisationId!.Value, ct) : null;
        var chair = work.Actor();
        var decidedAt = (RequestValues.ParseInstant(request.DecidedAt) ?? chair.At).ToUniversalTime();
        var startedAt = (RequestValues.ParseInstant(request.StartedAt) ?? decidedAt).ToUniversalTime();
        var carer = placement == PlacementKind.TemporaryCarer && request.Carer is { } c
            ? new TemporaryCarer(c.FullName!.Trim(), c.Relationship?.Trim(), c.Address?.Trim(), c.Phone?.Trim())
            : null;
        var separation = TemporarySeparation.Decide(
            Guid.CreateVersion7(), subject,
            new SeparationDecision(request.DecisionNumber!.Trim(), decidedAt, placement, facility?.Id, startedAt, VietnamTime.DateOf(startedAt)),
            id => carer is null ? null : sensitive.SealJson(carer, id), chair);
        work.Db.Separations.Add(separation);
        await work.SignalAsync(SupportDeadlineRules.SeparationStarted, caseId, subject.UnitCode, startedAt, ct, separation.Id);
        await work.SaveAsync(
            [new SeparationStarted(separation.Id, caseId, subject.UnitCode, placement, startedAt, separation.EndsOn, chair.At)], chair.At, ct);
        return await ToResponseAsync(separation, ct);
    }

    public async Task<IReadOnlyList<SeparationResponse>> OfCaseAsync(Guid caseId, CancellationToken ct)
    {
        await work.FindCaseAsync(caseId, ct);
        var separations = await work.Db.Separations.AsNoTracking().Where(s => s.CaseId == caseId).OrderBy(s => s.StartedAt).ToListAsync(ct);
        var responses = new List<SeparationResponse>(separations.Count);
        foreach (var separation in separations)
        {
            responses.Add(await ToResponseAsync(separation, ct));
        }

        return responses;
    }

    /// <summary>How far one extension may reach past the current last day: a court extends alternative care by
    /// months, never by years at once (a year is the bound that refuses a mistyped century).</summary>
    public const int MaxExtensionDays = 366;

    public async Task<SeparationResponse> ExtendAsync(Guid id, ExtensionRequest request, CancellationToken ct)
    {
        var separation = await FindAsync(id, request.Version, ct);
        var chair = work.Actor();
        var extendedTo = RequestValues.ParseDate(request.ExtendedTo)!.Value;
        if (extendedTo > separation.EndsOn.AddDays(MaxExtensionDays))
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["extendedTo"] = [SupportText.Messages.Get("separation.extension_too_long", MaxExtensionDays)],
            });
        }

        separation.Extend(new SeparationExtension(request.Authority!.Trim(), request.DecisionNumber!.Trim(), extendedTo, chair.UserName, chair.At));
        await work.SignalAsync(SupportDeadlineRules.SeparationExtended, separation.CaseId, separation.UnitCode, chair.At, ct, separation.Id);
        await work.SaveAsync([new SeparationExtended(separation.Id, separation.CaseId, separation.UnitCode, separation.EndsOn, chair.At)], chair.At, ct);
        return await ToResponseAsync(separation, ct);
    }

    public async Task<SeparationResponse> EndAsync(Guid id, EndSeparationRequest request, CancellationToken ct)
    {
        var separation = await FindAsync(id, request.Version, ct);
        var chair = work.Actor();
        var reason = RequestValues.ParseCode<SeparationEndReason>(request.Reason)!.Value;
        var endedAt = (RequestValues.ParseInstant(request.EndedAt) ?? chair.At).ToUniversalTime();
        separation.End(reason, endedAt, texts.SealOptional(request.Note?.Trim(), separation.CaseId));
        await work.SignalAsync(SupportDeadlineRules.SeparationEnded, separation.CaseId, separation.UnitCode, endedAt, ct, separation.Id);
        if (reason is SeparationEndReason.LongTermAlternativeCare or SeparationEndReason.CourtOrderedCare)
        {
            var subject = await work.FindCaseAsync(separation.CaseId, ct);
            subject.PlacedInAlternativeCare(VietnamTime.DateOf(endedAt));
            await work.SignalAsync(SupportDeadlineRules.AlternativeCareStarted, separation.CaseId, separation.UnitCode, endedAt, ct);
        }

        var days = VietnamTime.DateOf(endedAt).DayNumber - VietnamTime.DateOf(separation.StartedAt).DayNumber + 1;
        await work.SaveAsync([new SeparationEnded(separation.Id, separation.CaseId, separation.UnitCode, reason, endedAt, days, chair.At)], chair.At, ct);
        return await ToResponseAsync(separation, ct);
    }

    /// <summary>The separation, if its case is in the caller's jurisdiction (else 404), at the version the caller saw.</summary>
    private async Task<TemporarySeparation> FindAsync(Guid id, int expectedVersion, CancellationToken ct)
    {
        var separation = await work.Db.Separations.SingleOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new NotFoundException("separation.not_found", SupportText.Messages["separation.not_found"]);
        await work.FindCaseAsync(separation.CaseId, ct);
        SupportUnitOfWork.CheckVersion(separation.Version, expectedVersion);
        return separation;
    }

    private async Task<SeparationResponse> ToResponseAsync(TemporarySeparation s, CancellationToken ct)
    {
        var facilityName = s.FacilityOrganisationId is { } facilityId
            ? await work.Db.Organisations.AsNoTracking().Where(o => o.Id == facilityId).Select(o => o.Name).SingleOrDefaultAsync(ct)
            : null;
        var entitled = user.IsInRole(Roles.SocialWorker) || user.IsInRole(Roles.CommuneChair);
        var carer = entitled && s.SealedCarer is { } sealedCarer ? sensitive.OpenJson<TemporaryCarer>(sealedCarer, s.Id) : null;
        return new SeparationResponse(
            s.Id, s.CaseId, s.DecisionNumber, s.DecidedAt, s.DecidedBy, s.Placement.ToString(), SupportText.NameOf(s.Placement), s.FacilityOrganisationId, facilityName,
            carer is null ? null : new CarerResponse(carer.FullName, carer.Relationship, carer.Address, carer.Phone), s.SealedCarer is not null && !entitled,
            s.StartedAt, s.EndsOn, s.IsActive, s.EndedAt, s.EndReason?.ToString(), s.EndReason is { } reason ? SupportText.NameOf(reason) : null, entitled ? texts.OpenOptional(s.EndNoteSealed, s.CaseId) : null,
            [.. s.Extensions.Select(e => new ExtensionResponse(e.Authority, e.DecisionNumber, e.ExtendedTo, e.RecordedBy, e.RecordedAt))], s.Version);
    }
}
