namespace CaseManagement.SupportInterventions.Contracts;

/// <summary>The time limits SupportInterventions keeps on a case (the plan's 5 + 2 working days, a separation's
/// reassessment, follow-ups), for a view of everything due on a case.</summary>
public interface ISupportDeadlines
{
    Task<IReadOnlyList<SupportDeadlineView>> OfCaseAsync(Guid caseId, string unitCode, CancellationToken ct);
}

/// <summary>One limit, named in the caller's language as it applies to the case's commune.</summary>
public sealed record SupportDeadlineView(
    string RuleCode, string Name, Guid? SubjectId, DateTimeOffset StartedAt, DateTimeOffset DueAt, DateTimeOffset? StoppedAt, bool Met);
