namespace CaseManagement.BuildingBlocks.Web;

/// <summary>One page of a list, with the total so a UI can draw its pager.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
