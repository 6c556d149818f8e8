namespace CaseManagement.BuildingBlocks.Web;

/// <summary>One page of a list, with the total so a UI can draw its pager.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>Where a page starts. A page far beyond the last is empty, never the first page again
/// (the product of page and size is kept from overflowing).</summary>
public static class Paging
{
    public static int Offset(int page, int pageSize) => (int)Math.Min(((long)Math.Max(page, 1) - 1) * pageSize, int.MaxValue);
}
