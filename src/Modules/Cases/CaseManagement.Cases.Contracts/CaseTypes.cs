namespace CaseManagement.Cases.Contracts;

/// <summary>How a report reached the system (Mẫu 01).</summary>
public enum ReportChannel
{
    Hotline111 = 1,
    Police,
    School,
    HealthFacility,
    Family,
    Child,
    Neighbour,
    VillageCollaborator,
    Online,
    Other,
}

public enum Sex
{
    Unknown = 0,
    Male,
    Female,
}

/// <summary>What a case is about: abuse (LCh art. 4.5), injury or death by accident, or a child in
/// special circumstances (LCh art. 10).</summary>
public enum IncidentKind
{
    Abuse = 1,
    Injury,
    SpecialCircumstances,
}

public enum AbuseType
{
    Violence = 1,
    SexualAbuse,
    Exploitation,
    Trafficking,
    Neglect,
    Online,
    Other,
}

/// <summary>Sub-types of abuse (D56 arts. 4, 11–14); each belongs to one <see cref="AbuseType"/>
/// (see <c>AbuseSubTypes.TypeOf</c> in Cases).</summary>
public enum AbuseSubType
{
    PhysicalViolence = 1,
    EmotionalViolence,
    SeriousViolence,
    Rape,
    CoercedSex,
    IntercourseWithChild,
    Molestation,
    ProstitutionOrPornography,
    ForcedLabour,
    PornographicShows,
    SexualExploitation,
    DrugsOrBannedGoods,
    OtherProfiteering,
    TraffickedReturnedWithParents,
    TraffickedReturnedInAlternativeCare,
    AbductionOrSwapping,
    NeglectWithoutAlternativeCare,
    NeglectWithAlternativeCare,
    OnlineAbuse,
    OtherHarm,
}

public enum InjuryCause
{
    Drowning = 1,
    Traffic,
    Fall,
    Burn,
    Poisoning,
    AnimalBite,
    Electrocution,
    Other,
}

public enum InjurySeverity
{
    Treated = 1,
    Hospitalised,
    Disabled,
    Died,
}

/// <summary>The groups of children in special circumstances (LCh art. 10); a child may be in several.</summary>
public enum SpecialCircumstance
{
    DoubleOrphan = 1,
    Abandoned,
    WithoutSupport,
    DisabilityEspeciallySevere,
    DisabilitySevere,
    DisabilityMild,
    LivingWithHiv,
    InConflictWithLaw,
    DrugAddicted,
    DroppedOutToWork,
    SeriouslyHarmedByViolence,
    Exploited,
    SexuallyAbused,
    Trafficked,
    SeriousIllnessInPoorHousehold,
    MigrantWithoutKnownCarer,
}

public enum RiskLevel
{
    Low = 1,
    Medium,
    High,
}

/// <summary>The steps of Decree 56 a case goes through.</summary>
public enum CaseStatus
{
    Reported = 1,
    Verifying,
    InitialAssessment,
    Emergency,
    SpecificAssessment,
    CaseConference,
    Planning,
    Support,
    Review,
    ClosureProposed,
    Closed,
}

public enum VerificationOutcome
{
    Confirmed = 1,
    NotConfirmed,
    OtherCommune,
}

/// <summary>Why a commune asked to take a case over declines it.</summary>
public enum TransferDeclineReason
{
    /// <summary>The child does not live in the commune.</summary>
    ChildNotResident = 1,

    /// <summary>The incident did not happen in the commune.</summary>
    IncidentNotInCommune,

    /// <summary>The commune already has a case on the same incident.</summary>
    AlreadyHandled,
    Other,
}

public enum ReferralDirection
{
    /// <summary>The social side refers the case to the police.</summary>
    ToPolice = 1,

    /// <summary>The police logged a crime report about a child; the commune must acknowledge it.</summary>
    FromPolice,
}

public enum ReferralOutcome
{
    InvestigationOpened = 1,
    Prosecuted,
    NotProsecuted,
    AdministrativeSanction,
    Transferred,
    Other,
}
