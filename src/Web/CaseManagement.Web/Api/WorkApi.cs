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

/// <summary>A page of the work list, with the totals of the whole list: everything to do and how much of it is overdue.</summary>
public sealed record WorkPage(IReadOnlyList<WorkItem> Items, int Total, int Overdue, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The work lists of Cases and SupportInterventions as one list, overdue first, then by due time: a page of it is
/// cut from the two lists' first rows up to the page's end, each read in pages of the API's largest size.</summary>
public sealed class WorkApi(HttpClient http)
{
    public const int PageSize = 50;
    private const int ApiPageSize = 200;

    public async Task<WorkPage> PageAsync(int page, CancellationToken ct)
    {
        page = Math.Clamp(page, 1, 200);
        var end = page * PageSize;
        var cases = FirstAsync("api/cases/work-list", end, ct);
        var supportWork = FirstAsync("api/support/work-list", end, ct);
        var (caseList, supportList) = (await cases, await supportWork);
        var items = caseList.Items.Concat(supportList.Items)
            .OrderByDescending(i => i.Overdue).ThenBy(i => i.DueAt ?? DateTimeOffset.MaxValue).ThenByDescending(i => i.AssignedToMe)
            .Skip((page - 1) * PageSize).Take(PageSize).ToList();
        return new WorkPage(items, caseList.Total + supportList.Total, caseList.Overdue + supportList.Overdue, page, PageSize);
    }

    /// <summary>A work list's first <paramref name="count"/> items (or all of it, if fewer), with its totals.</summary>
    private async Task<(List<WorkItem> Items, int Total, int Overdue)> FirstAsync(string path, int count, CancellationToken ct)
    {
        var size = Math.Min(count, ApiPageSize);
        var items = new List<WorkItem>();
        for (var page = 1; ; page++)
        {
            var read = await http.GetAsync<WorkPage>($"{path}?page={page}&pageSize={size}", ct);
            items.AddRange(read.Items);
            if (items.Count >= Math.Min(count, read.Total) || read.Items.Count < size)
            {
                return (items, read.Total, read.Overdue);
            }
        }
    }
}
