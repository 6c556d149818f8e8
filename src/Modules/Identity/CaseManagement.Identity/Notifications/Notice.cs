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
    public const string LimitDueSoon = "limit-due-soon";
    public const string LimitOverdue = "limit-overdue";
    public const string EmergencyToDecide = "emergency-to-decide";
    public const string PlanToDecide = "plan-to-decide";
    public const string ClosureToDecide = "closure-to-decide";
    public const string ReferralToAcknowledge = "referral-to-acknowledge";
    public const string ServiceReferralToAnswer = "service-referral-to-answer";
}

/// <summary>A notice in words, in the reader's language, with the case's number (or dots where it is not known).</summary>
public static class NoticeWords
{
    public static string Title(Notification n, string? number) =>
        IdentityText.Messages.Find("notice." + n.Kind) is { } format
            ? string.Format(System.Globalization.CultureInfo.CurrentCulture, format, number ?? "…")
            : n.Kind;

    /// <summary>The numbers of the cases of notices made before the case's report reached this module (the modules'
    /// events travel apart: a limit's warning may come before the report that started it).</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> NumbersAsync(
        Persistence.IdentityDbContext db, IEnumerable<Notification> notices, CancellationToken ct)
    {
        var missing = notices.Where(n => n.CaseNumber is null).Select(n => n.CaseId).Distinct().ToList();
        return missing.Count == 0 ? new Dictionary<Guid, string>()
            : await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToDictionaryAsync(
                db.KnownCases.Where(k => missing.Contains(k.CaseId)), k => k.CaseId, k => k.Number, ct);
    }

    public static string? Number(Notification n, IReadOnlyDictionary<Guid, string> numbers) => n.CaseNumber ?? numbers.GetValueOrDefault(n.CaseId);
}
