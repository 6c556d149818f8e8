namespace CaseManagement.BuildingBlocks.Security;

/// <summary>
/// One authorization policy per capability; every endpoint declares one. The map from capability to
/// roles is the single place that says who may do what: each role gets what its work needs and
/// nothing more (ADR 15 gives the reasons, role by role).
/// </summary>
public static class Capabilities
{
    public const string CasesIntake = "cases.intake";
    public const string CasesDuplicates = "cases.duplicates";
    public const string CasesMerge = "cases.merge";
    public const string CasesList = "cases.list";
    public const string CasesRead = "cases.read";
    public const string CasesWrite = "cases.write";
    public const string CasesDecide = "cases.decide";
    public const string PlansApprove = "plans.approve";
    public const string ReferralsPolice = "referrals.police";
    public const string ServicesDeliver = "services.deliver";
    public const string ReportsRead = "reports.read";
    public const string ReportsManage = "reports.manage";
    public const string ReportsAnswer = "reports.answer";
    public const string DirectoryRead = "directory.read";
    public const string DirectoryStaff = "directory.staff";
    public const string DirectoryAdmin = "directory.admin";
    public const string UsersAdmin = "users.admin";
    public const string AuditRead = "audit.read";
    public const string SystemAdmin = "system.admin";
    public const string AccountSelf = "account.self";

    /// <summary>Roles granted each capability. <see cref="DirectoryRead"/> and <see cref="AccountSelf"/> are open to every signed-in user.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> GrantedTo = new Dictionary<string, string[]>
    {
        // Taking a report, and following the state of the reports one took.
        [CasesIntake] = [Roles.SocialWorker, Roles.CommuneChair, Roles.HotlineOperator, Roles.PoliceLiaison, Roles.Collaborator],
        // Asking whether a named child is known: the commune's work, and the 111 hotline's, which takes reports for the whole
        // province (it is answered in initials and case numbers). Adding a report to a known case: the commune's alone.
        [CasesDuplicates] = [Roles.SocialWorker, Roles.CommuneChair, Roles.HotlineOperator],
        [CasesMerge] = [Roles.SocialWorker, Roles.CommuneChair],
        // Lists of cases and work due: numbers, initials, status and deadlines (managers check overdue work and data quality).
        [CasesList] = [Roles.SocialWorker, Roles.CommuneChair, Roles.Manager],
        // The file of one case, in every module: only those who work the case. Police see referrals addressed to them.
        [CasesRead] = [Roles.SocialWorker, Roles.CommuneChair],
        [CasesWrite] = [Roles.SocialWorker, Roles.CommuneChair],
        [CasesDecide] = [Roles.CommuneChair],
        [PlansApprove] = [Roles.CommuneChair],
        [ReferralsPolice] = [Roles.PoliceLiaison],
        [ServicesDeliver] = [Roles.ServiceProvider],
        [ReportsRead] = [Roles.Manager, Roles.CommuneChair, Roles.SocialWorker],
        // Closing and signing periods, sending reporting rounds.
        [ReportsManage] = [Roles.Manager],
        // Writing and submitting a unit's answer to a reporting round sent from above.
        [ReportsAnswer] = [Roles.Manager, Roles.CommuneChair, Roles.SocialWorker],
        [DirectoryRead] = [],
        // Staff members and their contacts: those who coordinate cases, not collaborators or providers.
        [DirectoryStaff] = [Roles.SocialWorker, Roles.CommuneChair, Roles.PoliceLiaison, Roles.HotlineOperator, Roles.Manager, Roles.Admin],
        [DirectoryAdmin] = [Roles.Admin],
        [UsersAdmin] = [Roles.Admin],
        [AuditRead] = [Roles.Admin],
        [SystemAdmin] = [Roles.Admin],
        // Who one is, what one may do: every signed-in user, person or integration.
        [AccountSelf] = [],
    };

    /// <summary>Whether a caller in these roles holds the capability (for checks inside a handler).</summary>
    public static bool Grants(string capability, Func<string, bool> isInRole) =>
        GrantedTo[capability] is var roles && (roles.Length == 0 || roles.Any(isInRole));
}
