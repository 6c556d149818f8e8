namespace CaseManagement.Web.Components.Pages.Record;

/// <summary>The parts of a case's record, each a page of its own (<c>/cases/{id}?tab=…</c>) so that a phone loads one part
/// at a time and every part works without JavaScript. <see cref="Summary"/> is the default.</summary>
public static class RecordTab
{
    public const string Summary = "summary";

    public static readonly IReadOnlyList<string> All =
        [Summary, "child", "report", "assessments", "emergency", "plan", "services", "police", "monitoring", "review", "documents", "timeline"];

    /// <summary>The tab asked for, or the summary when the query names none or one that does not exist.</summary>
    public static string Of(string? asked) => All.Contains(asked) ? asked! : Summary;

    public static string Href(Guid caseId, string tab) => tab == Summary ? $"/cases/{caseId}" : $"/cases/{caseId}?tab={tab}";
}
