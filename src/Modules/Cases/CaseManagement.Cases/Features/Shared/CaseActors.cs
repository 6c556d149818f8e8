using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Domain;

namespace CaseManagement.Cases.Features.Shared;

/// <summary>The caller as the actor of a change: every write of a case is attributable.</summary>
public sealed class CaseActors(ICurrentUser user, TimeProvider clock)
{
    public Actor Now() => new(
        user.Id ?? throw new InvalidOperationException("A case is changed by a signed-in user or client."),
        user.Name ?? user.Id, clock.GetUtcNow());

    /// <summary>Roles that work with who the child and the reporter are; others see them masked.</summary>
    public bool SeesIdentities => user.IsInRole(Roles.SocialWorker) || user.IsInRole(Roles.CommuneChair);
}
