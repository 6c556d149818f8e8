using Microsoft.EntityFrameworkCore;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>One page of a work list, with the totals a home page shows (everything to do, and how much of it is overdue)
/// whatever page is read.</summary>
public sealed record WorkPage<T>(IReadOnlyList<T> Items, int Total, int Overdue, int Page, int PageSize);

/// <summary>A work list's paging: <c>page</c> 1 to <see cref="MaxPage"/>, <c>pageSize</c> 1 to <see cref="MaxPageSize"/>
/// (default <see cref="DefaultPageSize"/>). A work list merges several sources (limits, reports, transfers), so a page reads
/// from each source every row up to the page's end: the bounds keep that read small.</summary>
public sealed record WorkListQuery(int? Page, int? PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxPage = 50;

    public int PageOrFirst => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    /// <summary>How many rows of each source the page needs: every row before its end.</summary>
    public int End => Paging.Offset(PageOrFirst, Size) + Size;

    /// <summary>A source's size: the rows read when it ended before the page did, else counted.</summary>
    public async Task<int> SizeAsync<T>(IQueryable<T> source, int read, CancellationToken ct) =>
        read < End ? read : await source.CountAsync(ct);

    /// <summary>The page out of the rows read from every source, put in the list's order (a stable sort: rows that tie
    /// keep their sources' order).</summary>
    public WorkPage<T> Cut<T>(IEnumerable<T> rows, IComparer<T> order, int total, int overdue) =>
        new([.. rows.Order(order).Skip(Paging.Offset(PageOrFirst, Size)).Take(Size)], total, overdue, PageOrFirst, Size);

    /// <summary>The query itself, or a 400 naming the field out of bounds in the module's words.</summary>
    public WorkListQuery Checked(Func<int, int, string> between)
    {
        var errors = new Dictionary<string, string[]>();
        if (Page is < 1 or > MaxPage)
        {
            errors["page"] = [between(1, MaxPage)];
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [between(1, MaxPageSize)];
        }

        return errors.Count > 0 ? throw new RequestValidationException(errors) : this;
    }
}
