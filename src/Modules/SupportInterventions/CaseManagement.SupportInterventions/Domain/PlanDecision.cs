namespace CaseManagement.SupportInterventions.Domain;

/// <summary>The commune chair's decision on a submitted plan version (Mẫu 05): a record of its own
/// with who decided, when, the decision number and the comments of a plan sent back.</summary>
public sealed class PlanDecision
{
    private PlanDecision()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public int PlanVersion { get; private set; }

    public PlanDecisionKind Decision { get; private set; }

    public string? DecisionNumber { get; private set; }

    public string? Comments { get; private set; }

    public string DecidedBy { get; private set; } = "";

    public string DecidedByName { get; private set; } = "";

    /// <summary>When the chair decided.</summary>
    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>When the decision was typed in.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    internal static PlanDecision Record(Guid planId, int version, PlanDecisionKind decision, string? number, string? comments, Actor chair) => new()
    {
        Id = Guid.CreateVersion7(), PlanId = planId, PlanVersion = version, Decision = decision, DecisionNumber = number, Comments = comments,
        DecidedBy = chair.UserId, DecidedByName = chair.UserName, DecidedAt = chair.At, RecordedAt = chair.RecordedAt,
    };
}
