namespace CaseManagement.Web.Api;

/// <summary>One thing due, from either module's work list: what to do, on which case, by when.</summary>
public sealed record WorkItem(
    string Kind, Guid CaseId, string CaseNumber, string UnitCode, string Status, string What, DateTimeOffset? DueAt, bool Overdue, Guid? SubjectId,
    bool AssignedToMe = false, string? RuleCode = null)
{
    /// <summary>The chair's to decide: an emergency intervention once the assessment has called for it (the same 12 hours run
    /// from the report), a plan submitted, a closure proposed, a case transferred in.</summary>
    public bool AwaitsDecision =>
        Kind is "closure-decision" or "transfer" || RuleCode == "plan-approval" || RuleCode == "emergency-decision" && Status == "Emergency";

    /// <summary>Where the item leads: straight to its form when only one kind of user gets it (a crime report to
    /// acknowledge, a closure to decide), else to the case.</summary>
    public string Href => Kind switch
    {
        "crime-report" => $"/cases/{CaseId}/crime-report",
        "closure-decision" => $"/cases/{CaseId}/closure-decision",
        "transfer" => $"/transfers/{CaseId}",
        _ => $"/cases/{CaseId}",
    };
}

/// <summary>The work lists of Cases and SupportInterventions, as one list: overdue first, then by due time.</summary>
public sealed class WorkApi(HttpClient http)
{
    public async Task<IReadOnlyList<WorkItem>> AllAsync(CancellationToken ct)
    {
        var cases = http.GetAsync<List<WorkItem>>("api/cases/work-list", ct);
        var supportWork = http.GetAsync<List<WorkItem>>("api/support/work-list", ct);
        return [.. (await cases).Concat(await supportWork)
            .OrderByDescending(i => i.Overdue)
            .ThenBy(i => i.DueAt ?? DateTimeOffset.MaxValue)
            .ThenByDescending(i => i.AssignedToMe)];
    }
}
