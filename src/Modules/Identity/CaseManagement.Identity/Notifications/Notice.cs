namespace CaseManagement.Identity.Notifications;

/// <summary>What an event tells, and whom: the people of some roles in a unit, or those of an organisation.</summary>
public sealed record Notice(string Kind, Guid CaseId, string UnitCode, Audience Audience, Guid? SubjectId = null, string? CaseNumber = null, DateTimeOffset? DueAt = null);

/// <summary>Whom a notice is for. <see cref="UnitCode"/>: the people of <see cref="Roles"/> working in that unit (with
/// <see cref="UnitsAbove"/>, in the units above it too: a district police unit answers for its communes).
/// <see cref="OrganisationId"/>: the people of those roles linked to a staff record of that organisation.</summary>
public sealed record Audience(IReadOnlyList<string> Roles, string? UnitCode = null, bool UnitsAbove = false, Guid? OrganisationId = null)
{
    public static Audience InUnit(string unitCode, params string[] roles) => new(roles, unitCode);

    public static Audience InUnitOrAbove(string unitCode, params string[] roles) => new(roles, unitCode, UnitsAbove: true);

    public static Audience OfOrganisation(Guid organisationId, params string[] roles) => new(roles, OrganisationId: organisationId);
}

/// <summary>The kinds of notice; each has its words in IdentityMessages ("notice.{kind}").</summary>
public static class NoticeKinds
{
    public const string ReportReceived = "report-received";
    public const string CrimeReportToAcknowledge = "crime-report-to-acknowledge";
    public const string TransferOffered = "transfer-offered";
    public const string PlanReturned = "plan-returned";
    public const string LimitOverdue = "limit-overdue";
    public const string EmergencyToDecide = "emergency-to-decide";
    public const string PlanToDecide = "plan-to-decide";
    public const string ClosureToDecide = "closure-to-decide";
    public const string ReferralToAcknowledge = "referral-to-acknowledge";
    public const string ServiceReferralToAnswer = "service-referral-to-answer";
}

/// <summary>A notice in words, in the reader's language, with the case's number (or dots where it is not known yet).</summary>
public static class NoticeWords
{
    public static string Title(Notification n) =>
        IdentityText.Messages.Find("notice." + n.Kind) is { } format
            ? string.Format(System.Globalization.CultureInfo.CurrentCulture, format, n.CaseNumber ?? "…")
            : n.Kind;
}
