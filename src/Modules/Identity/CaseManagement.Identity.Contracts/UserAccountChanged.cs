namespace CaseManagement.Identity.Contracts;

/// <summary>
/// An account as other modules need it (Cases checks whom a case is assigned to): where it works, in which
/// roles, and whether it may sign in. Published with every change of the account; <see cref="Version"/>
/// grows with each, so a copy keeps the latest whatever the order of delivery.
/// </summary>
public sealed record UserAccountChanged(Guid UserId, string UnitCode, IReadOnlyList<string> Roles, bool Active, long Version, DateTimeOffset ChangedAt);
