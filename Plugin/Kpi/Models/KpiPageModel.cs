namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>
/// The KPI page: the period and the one it is compared with, sales and funnel figures with their change, every day as a
/// table (the charts draw the same numbers from <see cref="ChartJson"/>), sources, the journal with each note's
/// before/after, and the revenue targets. A vendor's page has sales only (<see cref="IsVendor"/>).
/// </summary>
public sealed record KpiPageModel
{
    public int StoreId { get; init; }
    public IReadOnlyList<KpiOptionModel> Stores { get; init; } = [];
    public bool ShowStorePicker => Stores.Count > 1;
    public bool IsVendor { get; init; }

    public string Period { get; init; }
    public IReadOnlyList<KpiOptionModel> Periods { get; init; } = [];
    /// <summary>The period's first and last day as yyyy-MM-dd (the custom date fields).</summary>
    public string From { get; init; }
    public string To { get; init; }
    public string PeriodText { get; init; }
    public string PreviousPeriodText { get; init; }
    /// <summary>Set when the period asked for was cut (too long, or ending after today): says so on the page.</summary>
    public string CutMessage { get; init; }
    public string CurrencyNote { get; init; }

    public IReadOnlyList<KpiFigureRowModel> Sales { get; init; } = [];
    public IReadOnlyList<KpiFigureRowModel> Funnel { get; init; } = [];
    public IReadOnlyList<KpiDayRowModel> Days { get; init; } = [];
    public IReadOnlyList<KpiSourceRowModel> Sources { get; init; } = [];
    public IReadOnlyList<KpiNoteModel> Notes { get; init; } = [];
    public KpiTargetsModel Targets { get; init; }

    /// <summary>Today in the store (yyyy-MM-dd): the journal form's default date.</summary>
    public string Today { get; init; }

    /// <summary>The charts' data, JSON with &lt; &gt; &amp; ' " escaped (safe inside a script element, read as text).</summary>
    public string ChartJson { get; init; }
}
