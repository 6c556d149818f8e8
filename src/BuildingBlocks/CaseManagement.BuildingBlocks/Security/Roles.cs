namespace CaseManagement.BuildingBlocks.Security;

/// <summary>The roles of docs/domain.md §1.</summary>
public static class Roles
{
    public const string SocialWorker = nameof(SocialWorker);
    public const string CommuneChair = nameof(CommuneChair);
    public const string PoliceLiaison = nameof(PoliceLiaison);
    public const string HotlineOperator = nameof(HotlineOperator);
    public const string Collaborator = nameof(Collaborator);
    public const string ServiceProvider = nameof(ServiceProvider);
    public const string Manager = nameof(Manager);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All =
        [SocialWorker, CommuneChair, PoliceLiaison, HotlineOperator, Collaborator, ServiceProvider, Manager, Admin];
}
