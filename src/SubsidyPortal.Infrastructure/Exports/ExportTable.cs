namespace SubsidyPortal.Infrastructure.Exports;

/// <summary>How a column's cells are written. Money is always supplied in yuan (the portal's unit).</summary>
public enum ExportColumnKind
{
    /// <summary>A whole number (序号, counts).</summary>
    Integer,

    /// <summary>Text, kept as text in every format: names, credit codes.</summary>
    Text,

    /// <summary>
    /// A string of digits a spreadsheet must never read as a number (bank account numbers: 20 digits, leading zeros):
    /// text in XLSX; in CSV written as <c>="03456789012345678"</c>, the form Excel opens as text with every digit.
    /// </summary>
    Digits,

    /// <summary>Money shown in 万元: the cell holds yuan, the file shows yuan / 10,000 exactly (up to 6 decimals for whole fen).</summary>
    MoneyWan,

    /// <summary>Money shown in yuan, 2 decimals.</summary>
    MoneyYuan,

    /// <summary>A calendar date (yyyy-MM-dd).</summary>
    Date,
}

/// <summary>One column: its header and kind, and optionally its width in characters (XLSX only).</summary>
public sealed record ExportColumn(string Header, ExportColumnKind Kind, double? Width = null)
{
    public bool IsMoney => Kind is ExportColumnKind.MoneyWan or ExportColumnKind.MoneyYuan;
}

/// <summary>
/// One cell value: text, a whole number, an amount in yuan, a date, or empty. Converts implicitly from
/// <see cref="string"/>, <see cref="int"/>, <see cref="long"/>, <see cref="decimal"/> and <see cref="DateOnly"/>
/// (and their nullable forms, where null is an empty cell), so a row can be written as <c>[1, name, amountYuan]</c>.
/// </summary>
public readonly struct ExportCell
{
    private readonly string? _text;
    private readonly decimal _number;
    private readonly DateOnly _date;

    private ExportCell(ExportCellType type, string? text = null, decimal number = 0m, DateOnly date = default)
    {
        Type = type;
        _text = text;
        _number = number;
        _date = date;
    }

    public static ExportCell Empty => default;

    public ExportCellType Type { get; }

    public string Text => Type == ExportCellType.Text ? _text! : throw WrongType(ExportCellType.Text);

    /// <summary>A whole number, or an amount in yuan.</summary>
    public decimal Number => Type is ExportCellType.Integer or ExportCellType.Amount ? _number : throw WrongType(ExportCellType.Amount);

    public DateOnly Date => Type == ExportCellType.Date ? _date : throw WrongType(ExportCellType.Date);

    public static ExportCell FromText(string? text) => text is null ? Empty : new(ExportCellType.Text, text: text);

    public static ExportCell FromInteger(long value) => new(ExportCellType.Integer, number: value);

    public static ExportCell FromYuan(decimal yuan) => new(ExportCellType.Amount, number: yuan);

    public static ExportCell FromDate(DateOnly date) => new(ExportCellType.Date, date: date);

    public static implicit operator ExportCell(string? text) => FromText(text);

    public static implicit operator ExportCell(int value) => FromInteger(value);

    public static implicit operator ExportCell(long value) => FromInteger(value);

    public static implicit operator ExportCell(decimal yuan) => FromYuan(yuan);

    public static implicit operator ExportCell(decimal? yuan) => yuan is { } y ? FromYuan(y) : Empty;

    public static implicit operator ExportCell(DateOnly date) => FromDate(date);

    public static implicit operator ExportCell(DateOnly? date) => date is { } d ? FromDate(d) : Empty;

    public override string ToString() => Type switch
    {
        ExportCellType.Empty => string.Empty,
        ExportCellType.Text => _text!,
        ExportCellType.Date => _date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => _number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private InvalidOperationException WrongType(ExportCellType wanted) => new($"The cell holds {Type}, not {wanted}.");
}

public enum ExportCellType
{
    Empty,
    Text,
    Integer,
    Amount,
    Date,
}

/// <summary>
/// A list to export: title, optional unit line (e.g. 单位：万元), columns, rows and an optional totals row.
/// Rows are pulled one at a time while the file is written, so a 100,000-line list never sits in memory;
/// the totals (every money column) are summed in <see cref="decimal"/> as the rows go by.
/// </summary>
public sealed class ExportTable
{
    public const string DefaultTotalLabel = "合计";

    public ExportTable(string title, IReadOnlyList<ExportColumn> columns, IAsyncEnumerable<ExportCell[]> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        Title = title;
        Columns = columns;
        Rows = rows;
    }

    public ExportTable(string title, IReadOnlyList<ExportColumn> columns, IEnumerable<ExportCell[]> rows)
        : this(title, columns, rows.ToAsyncEnumerable())
    {
    }

    public string Title { get; }

    /// <summary>A line under the title, e.g. "单位：万元"; none when null.</summary>
    public string? UnitLine { get; init; }

    public IReadOnlyList<ExportColumn> Columns { get; }

    /// <summary>Each row has one cell per column; read once.</summary>
    public IAsyncEnumerable<ExportCell[]> Rows { get; }

    /// <summary>The totals row's label (合计 by default), written in the first column; no totals row when null.</summary>
    public string? TotalLabel { get; init; } = DefaultTotalLabel;

    /// <summary>The worksheet's name (XLSX); Excel allows at most 31 characters and none of : \ / ? * [ ].</summary>
    public string SheetName { get; init; } = "Sheet1";
}
