using MudBlazor;
using SubsidyPortal.Application.Common;

namespace SubsidyPortal.Web.Components.Ui;

/// <summary>Turns what a MudTable asks for into the page request the application's queries take, and back.</summary>
public static class GridPaging
{
    public const int DefaultPageSize = 20;

    public static readonly int[] PageSizes = [10, 20, 50, 100];

    public static PageRequest ToPageRequest(this TableState state, string? search = null) =>
        new(state.Page, state.PageSize, string.IsNullOrEmpty(state.SortLabel) || state.SortDirection == SortDirection.None ? null : state.SortLabel,
            state.SortDirection == SortDirection.Descending, search);

    public static TableData<T> ToTableData<T>(this PagedResult<T> result) => new() { Items = result.Items, TotalItems = result.Total };
}
