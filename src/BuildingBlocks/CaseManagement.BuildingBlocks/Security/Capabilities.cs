namespace CaseManagement.BuildingBlocks.Security;

/// <summary>
/// One authorization policy per capability; every endpoint declares one. The map from capability to
/// roles is the single place that says who may do what (DOMAIN.md §1).
/// </summary>
public static class Capabilities
{
    public const string CasesIntake = "cases.intake";
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
    public const string DirectoryAdmin = "directory.admin";
    public const string UsersAdmin = "users.admin";
    public const string AuditRead = "audit.read";
    public const string SystemAdmin = "system.admin";

    /// <summary>Roles granted each capability. <see cref="DirectoryRead"/> is open to every signed-in user.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> GrantedTo = new Dictionary<string, string[]>
    {
        // Police liaisons log reports but never read a whole case: they see referrals addressed to them.
        [CasesIntake] = [Roles.SocialWorker, Roles.CommuneChair, Roles.HotlineOperator, Roles.PoliceLiaison, Roles.Collaborator],
        [CasesRead] = [Roles.SocialWorker, Roles.CommuneChair, Roles.HotlineOperator, Roles.Manager],
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
        [DirectoryAdmin] = [Roles.Admin],
        [UsersAdmin] = [Roles.Admin],
        [AuditRead] = [Roles.Admin],
        [SystemAdmin] = [Roles.Admin],
    };
}
