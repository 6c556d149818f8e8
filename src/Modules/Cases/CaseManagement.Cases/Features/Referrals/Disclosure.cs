using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Shared;

namespace CaseManagement.Cases.Features.Referrals;

/// <summary>The parts of a case that can be disclosed to the police, chosen field by field when a
/// referral is sent (D56: each disclosure states who may receive it).</summary>
public static class DisclosableFields
{
    public const string ChildName = "child.name";
    public const string ChildBirth = "child.dateOfBirth";
    public const string ChildSexAndAge = "child.sexAndAge";
    public const string ChildAddress = "child.address";
    public const string ChildPersonalNumber = "child.personalNumber";
    public const string ChildSchool = "child.school";
    public const string Carers = "child.carers";
    public const string Reporter = "reporter";
    public const string Classification = "incident.classification";
    public const string Place = "incident.place";
    public const string Narrative = "incident.narrative";

    public static readonly IReadOnlyList<string> All =
        [ChildName, ChildBirth, ChildSexAndAge, ChildAddress, ChildPersonalNumber, ChildSchool, Carers, Reporter, Classification, Place, Narrative];
}

/// <summary>What the police may read of a case: only the fields disclosed, the rest null.</summary>
public sealed record ReferralDisclosure(
    IReadOnlyList<DisclosedChild> Children,
    ReporterIdentity? Reporter,
    DisclosedClassification? Classification,
    DisclosedPlace? Place,
    Narrative? Narrative);

public sealed record DisclosedChild(
    string? FullName, DateOnly? DateOfBirth, Sex? Sex, int? AgeAtReport, string? Address, string? PersonalNumber, string? School, string? SchoolClass,
    IReadOnlyList<CarerIdentity>? Carers);

public sealed record DisclosedClassification(IncidentKind Kind, AbuseType? AbuseType, AbuseSubType? AbuseSubType, InjuryCause? InjuryCause, InjurySeverity? InjurySeverity);

public sealed record DisclosedPlace(string? PlaceUnitCode, string? Setting, DateOnly? OccurredOn);
