namespace CaseManagement.Cases.Contracts;

/// <summary>A referral between the social side and a police unit was sent; <see cref="DisclosedFields"/>
/// names what the police may read of the case (the disclosure record).</summary>
public sealed record PoliceReferralSent(
    Guid ReferralId, Guid CaseId, string CaseUnitCode, ReferralDirection Direction, Guid PoliceOrganisationId, string PoliceUnitCode,
    IReadOnlyList<string> DisclosedFields, DateTimeOffset SentAt, DateTimeOffset OccurredAt);

/// <summary>The receiving side acknowledged the referral (a police liaison, or the commune for a crime report).</summary>
public sealed record PoliceReferralAcknowledged(Guid ReferralId, Guid CaseId, string CaseUnitCode, ReferralDirection Direction, DateTimeOffset AcknowledgedAt, DateTimeOffset OccurredAt);

/// <summary>The police recorded progress: the file passed to the investigation agency, a forensic examination ordered or concluded.</summary>
public sealed record PoliceReferralUpdated(
    Guid ReferralId, Guid CaseId, string CaseUnitCode, DateTimeOffset? TransferredToInvestigationAt, DateTimeOffset? ForensicOrderedAt,
    DateTimeOffset? ForensicConcludedAt, DateTimeOffset OccurredAt);

public sealed record PoliceReferralOutcomeRecorded(
    Guid ReferralId, Guid CaseId, string CaseUnitCode, ReferralOutcome Outcome, DateOnly OutcomeOn, DateTimeOffset SentAt, DateTimeOffset? AcknowledgedAt, DateTimeOffset OccurredAt);
