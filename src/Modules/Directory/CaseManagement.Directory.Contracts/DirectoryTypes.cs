namespace CaseManagement.Directory.Contracts;

/// <summary>What kind of body an organisation is.</summary>
public enum OrganisationType
{
    PeoplesCommittee = 1,
    Police,
    HealthFacility,
    School,
    SocialWorkCentre,
    LegalAidCentre,
    Shelter,
    Hotline111,
    WomensUnion,
    YouthUnion,
    Ngo,
    Other,
}

/// <summary>The services a support plan can refer a child to (LCh 49–50; D56 arts. 18–21).</summary>
public enum ServiceType
{
    MedicalCare = 1,
    ForensicExamination,
    PsychologicalCare,
    SafeShelter,
    AlternativeCare,
    LegalAid,
    EducationSupport,
    SocialAssistance,
    Nutrition,
    FamilyCounselling,
    Reunification,
    Monitoring,
}

/// <summary>What a member of staff does in child protection.</summary>
public enum StaffFunction
{
    ChildProtectionOfficer = 1,
    CommuneChair,
    CommuneViceChair,
    PoliceLiaison,
    VillageCollaborator,
    HotlineOperator,
    Manager,
    ServiceProviderStaff,
    Other,
}
