using CaseManagement.Cases.Contracts;

namespace CaseManagement.Cases.Domain;

/// <summary>
/// A referral between the social side of a case and a police unit, either way. It carries what the
/// police may read (the fields chosen when sending, a sealed snapshot of their values) and the
/// police track's milestones: acknowledgement, the file passed to the investigation agency (24 h,
/// 48 h for remote communes), forensic examination ordered and concluded (5 days), and the outcome.
/// </summary>
public sealed class PoliceReferral
{
    private PoliceReferral()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The case's commune when the referral was sent (kept in step with transfers).</summary>
    public string CaseUnitCode { get; private set; } = "";

    public ReferralDirection Direction { get; private set; }

    public Guid PoliceOrganisationId { get; private set; }

    public string PoliceOrganisationName { get; private set; } = "";

    /// <summary>The police unit's administrative unit: liaisons whose jurisdiction covers it see the referral.</summary>
    public string PoliceUnitCode { get; private set; } = "";

    public string? PoliceReference { get; private set; }

    /// <summary>Disclosed field codes separated by ';'.</summary>
    public string DisclosedFields { get; private set; } = "";

    public string DisclosureSealed { get; private set; } = "";

    public DateTimeOffset SentAt { get; private set; }

    public string SentBy { get; private set; } = "";

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public DateTimeOffset? TransferredToInvestigationAt { get; private set; }

    public DateTimeOffset? ForensicOrderedAt { get; private set; }

    public DateTimeOffset? ForensicConcludedAt { get; private set; }

    public ReferralOutcome? Outcome { get; private set; }

    public DateOnly? OutcomeOn { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<string> Disclosed => DisclosedFields.Split(';', StringSplitOptions.RemoveEmptyEntries);

    public static PoliceReferral Send(
        Guid id, Case subject, ReferralDirection direction, Guid policeOrganisationId, string policeOrganisationName, string policeUnitCode,
        IEnumerable<string> disclosedFields, string disclosureSealed, string? policeReference, Actor actor) => new()
    {
        Id = id, CaseId = subject.Id, CaseUnitCode = subject.UnitCode, Direction = direction, PoliceOrganisationId = policeOrganisationId,
        PoliceOrganisationName = policeOrganisationName, PoliceUnitCode = policeUnitCode, DisclosedFields = string.Join(';', disclosedFields.Distinct().Order()),
        DisclosureSealed = disclosureSealed, PoliceReference = policeReference, SentAt = actor.At.ToUniversalTime(), SentBy = actor.UserId, Version = 1,
    };

    public void Acknowledge(string? policeReference, Actor actor)
    {
        if (AcknowledgedAt is not null)
        {
            throw new CaseRuleException("referral.already_acknowledged");
        }

        (AcknowledgedAt, AcknowledgedBy) = (actor.At.ToUniversalTime(), actor.UserId);
        PoliceReference = policeReference ?? PoliceReference;
        Version++;
    }

    /// <summary>Police progress; each milestone once, not before the referral was sent, in order.</summary>
    public void RecordProgress(DateTimeOffset? transferredAt, DateTimeOffset? forensicOrderedAt, DateTimeOffset? forensicConcludedAt, string? policeReference)
    {
        if (AcknowledgedAt is null)
        {
            throw new CaseRuleException("referral.not_acknowledged");
        }

        TransferredToInvestigationAt = Milestone(TransferredToInvestigationAt, transferredAt, SentAt);
        ForensicOrderedAt = Milestone(ForensicOrderedAt, forensicOrderedAt, SentAt);
        if (forensicConcludedAt is not null && ForensicOrderedAt is null)
        {
            throw new CaseRuleException("referral.forensic_not_ordered");
        }

        ForensicConcludedAt = Milestone(ForensicConcludedAt, forensicConcludedAt, ForensicOrderedAt ?? SentAt);
        PoliceReference = policeReference ?? PoliceReference;
        Version++;
    }

    public void RecordOutcome(ReferralOutcome outcome, DateOnly on)
    {
        if (AcknowledgedAt is null)
        {
            throw new CaseRuleException("referral.not_acknowledged");
        }

        (Outcome, OutcomeOn) = (outcome, on);
        Version++;
    }

    public void FollowCase(string unitCode) => CaseUnitCode = unitCode;

    private static DateTimeOffset? Milestone(DateTimeOffset? current, DateTimeOffset? given, DateTimeOffset notBefore)
    {
        if (given is not { } at)
        {
            return current;
        }

        if (current is not null && current != at.ToUniversalTime())
        {
            throw new CaseRuleException("referral.milestone_recorded");
        }

        return at < notBefore ? throw new CaseRuleException("referral.milestone_too_early") : at.ToUniversalTime();
    }
}
