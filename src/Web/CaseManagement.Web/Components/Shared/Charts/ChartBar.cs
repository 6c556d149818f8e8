namespace CaseManagement.Web.Components.Shared.Charts;

/// <summary>One bar, or one point of a line: its label, its value, and where it leads (a drill-down), if anywhere.</summary>
public sealed record ChartBar(string Label, int Value, string? Href = null);
