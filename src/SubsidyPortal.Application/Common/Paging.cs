namespace SubsidyPortal.Application.Common;

/// <summary>
/// One page of a list as a grid asks for it: page (from 0), size, the column to sort by (a name the query knows;
/// anything else falls back to its default order) and a search text. Queries page, sort and filter in the database.
/// </summary>
public sealed record PageRequest(int Page = 0, int PageSize = 20, string? SortBy = null, bool Descending = false, string? Search = null)
{
    public const int MaxPageSize = 100;

    /// <summary>Rows to skip, with the page and size brought into range so no request reads an unbounded list.</summary>
    public int Skip => Math.Max(0, Page) * Take;

    public int Take => Math.Clamp(PageSize, 1, MaxPageSize);

    /// <summary>The search text trimmed, or null when there is none.</summary>
    public string? SearchText => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
}

/// <summary>The rows of one page and how many rows the whole list has (from a COUNT query).</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total)
{
    public static readonly PagedResult<T> Empty = new([], 0);
}
