using CaseManagement.Cases.Contracts;
using CaseManagement.SupportInterventions.Contracts;

namespace CaseManagement.SupportInterventions.Domain;

/// <summary>
/// The commune chair's decision to separate a child temporarily from parents or carer (D56 art. 27,
/// Mẫu 07): where the child stays (a temporary carer, else a social-assistance facility), from when,
/// for at most 15 days unless a competent authority extends it; the child is reassessed by day 15; the
/// decision ends when home is assessed safe, a court orders care, or long-term alternative care
/// begins. The carer's identity is sealed (<see cref="SealedCarer"/>).
/// </summary>
public sealed class TemporarySeparation
{
    public const int MaximumDays = 15;
    private readonly List<SeparationExtension> extensions = [];

    private TemporarySeparation()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string UnitCode { get; private set; } = "";

    public string DecisionNumber { get; private set; } = "";

    public DateTimeOffset DecidedAt { get; private set; }

    public string DecidedBy { get; private set; } = "";

    public PlacementKind Placement { get; private set; }

    public Guid? FacilityOrganisationId { get; private set; }

    /// <summary>The temporary carer (name, relationship, address, phone) sealed with the separation's id.</summary>
    public string? SealedCarer { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The last day of the separation in force: day 15, or the end of the latest extension.</summary>
    public DateOnly EndsOn { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public SeparationEndReason? EndReason { get; private set; }

    /// <summary>Sealed, bound to the case.</summary>
    public string? EndNoteSealed { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<SeparationExtension> Extensions => extensions;

    public bool IsActive => EndedAt is null;

    public static TemporarySeparation Decide(
        Guid id, SupportCase subject, SeparationDecision decision, Func<Guid, string?> sealCarer, Actor chair)
    {
        if (!SupportSteps.Allows(subject.Status, SupportAction.Separation))
        {
            throw new SupportStateException("separation.not_allowed", subject.Number);
        }

        return new TemporarySeparation
        {
            Id = id, CaseId = subject.CaseId, UnitCode = subject.UnitCode, DecisionNumber = decision.DecisionNumber, DecidedAt = decision.DecidedAt,
            DecidedBy = chair.UserName, Placement = decision.Placement, FacilityOrganisationId = decision.FacilityOrganisationId, SealedCarer = sealCarer(id),
            StartedAt = decision.StartedAt, EndsOn = decision.StartDay.AddDays(MaximumDays - 1), Version = 1,
        };
    }

    /// <summary>A competent authority (a court) extended the separation beyond its current end.</summary>
    public void Extend(SeparationExtension extension)
    {
        RequireActive();
        if (extension.ExtendedTo <= EndsOn)
        {
            throw new SupportStateException("separation.extension_not_later", EndsOn);
        }

        extensions.Add(extension);
        EndsOn = extension.ExtendedTo;
        Version++;
    }

    public void End(SeparationEndReason reason, DateTimeOffset endedAt, string? noteSealed)
    {
        RequireActive();
        if (endedAt < StartedAt)
        {
            throw new SupportStateException("separation.end_before_start");
        }

        (EndedAt, EndReason, EndNoteSealed) = (endedAt, reason, noteSealed);
        Version++;
    }

    private void RequireActive()
    {
        if (!IsActive)
        {
            throw new SupportStateException("separation.already_ended");
        }
    }
}

/// <summary>The chair's decision: number, when decided, where the child stays and from when (with its Vietnam day).</summary>
public sealed record SeparationDecision(
    string DecisionNumber, DateTimeOffset DecidedAt, PlacementKind Placement, Guid? FacilityOrganisationId, DateTimeOffset StartedAt, DateOnly StartDay);

/// <summary>An extension by a competent authority: who, its decision, and the new last day.</summary>
public sealed record SeparationExtension(string Authority, string DecisionNumber, DateOnly ExtendedTo, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>Who cares for the child during the separation; sealed at rest.</summary>
public sealed record TemporaryCarer(string FullName, string? Relationship, string? Address, string? Phone);
