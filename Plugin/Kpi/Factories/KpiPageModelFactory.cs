using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Models;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Factories;

/// <summary>
/// Builds the KPI page and its CSV from the daily rollups (through <see cref="IKpiFiguresReader"/>, never the order or
/// customer tables), the journal and the targets. Who sees what: the shop's staff see the store's sales, funnel, sources,
/// journal and targets; a vendor sees only their own sales (their vendor rows), no traffic, journal or targets.
/// A page costs a fixed number of indexed reads whatever the period: period and previous period (2 sales + 2 funnel
/// sums), the period per day (sales, funnel), the days around it for the notes' before/after (up to 4 more), sources,
/// notes, targets (1 + 4 sums).
/// </summary>
public class KpiPageModelFactory
{
    private static readonly string[] SalesColumnKeys =
    [
        "Plugins.Misc.MerchantOps.Kpi.Page.Csv.Date", "Plugins.Misc.MerchantOps.Kpi.Page.Orders", "Plugins.Misc.MerchantOps.Kpi.Page.Revenue",
        "Plugins.Misc.MerchantOps.Kpi.Page.AverageOrderValue", "Plugins.Misc.MerchantOps.Kpi.Page.Items", "Plugins.Misc.MerchantOps.Kpi.Page.NewCustomers",
        "Plugins.Misc.MerchantOps.Kpi.Page.ReturningCustomers", "Plugins.Misc.MerchantOps.Kpi.Page.RefundedOrders",
        "Plugins.Misc.MerchantOps.Kpi.Page.RefundedAmount", "Plugins.Misc.MerchantOps.Kpi.Page.CancelledOrders",
        "Plugins.Misc.MerchantOps.Kpi.Page.CancelledAmount"
    ];

    private static readonly string[] FunnelColumnKeys =
    [
        "Plugins.Misc.MerchantOps.Kpi.Page.Visitors", "Plugins.Misc.MerchantOps.Kpi.Page.ProductViews", "Plugins.Misc.MerchantOps.Kpi.Page.AddToCart",
        "Plugins.Misc.MerchantOps.Kpi.Page.CheckoutStarted", "Plugins.Misc.MerchantOps.Kpi.Page.FunnelOrders", "Plugins.Misc.MerchantOps.Kpi.Page.Conversion",
        "Plugins.Misc.MerchantOps.Kpi.Page.Csv.Journal"
    ];

    /// <summary>The periods and their names (keys written whole).</summary>
    private static readonly (KpiPeriodPreset Preset, string Key)[] PeriodKeys =
    [
        (KpiPeriodPreset.Yesterday, "Plugins.Misc.MerchantOps.Kpi.Page.Period.Yesterday"),
        (KpiPeriodPreset.Last7Days, "Plugins.Misc.MerchantOps.Kpi.Page.Period.Last7Days"),
        (KpiPeriodPreset.Last28Days, "Plugins.Misc.MerchantOps.Kpi.Page.Period.Last28Days"),
        (KpiPeriodPreset.ThisMonth, "Plugins.Misc.MerchantOps.Kpi.Page.Period.ThisMonth"),
        (KpiPeriodPreset.LastMonth, "Plugins.Misc.MerchantOps.Kpi.Page.Period.LastMonth"),
        (KpiPeriodPreset.Custom, "Plugins.Misc.MerchantOps.Kpi.Page.Period.Custom")
    ];

    private static readonly JsonSerializerOptions ChartJsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly KpiDisplay _display;
    private readonly IKpiFiguresReader _figures;
    private readonly IKpiJournalService _journal;
    private readonly IStoreContext _storeContext;
    private readonly IStoreService _storeService;
    private readonly IKpiTargetService _targets;
    private readonly IWorkContext _workContext;

    public KpiPageModelFactory(KpiDisplay display, IKpiFiguresReader figures, IKpiJournalService journal, IStoreContext storeContext,
        IStoreService storeService, IKpiTargetService targets, IWorkContext workContext)
    {
        _display = display;
        _figures = figures;
        _journal = journal;
        _storeContext = storeContext;
        _storeService = storeService;
        _targets = targets;
        _workContext = workContext;
    }

    /// <summary>The store asked for when it exists, else the current store.</summary>
    public virtual async Task<int> ResolveStoreIdAsync(int storeId)
    {
        if (storeId > 0 && await _storeService.GetStoreByIdAsync(storeId) != null)
            return storeId;
        return (await _storeContext.GetCurrentStoreAsync()).Id;
    }

    public virtual async Task<int> VendorIdAsync() => (await _workContext.GetCurrentVendorAsync())?.Id ?? 0;

    public virtual async Task<KpiPeriod> ResolvePeriodAsync(int storeId, KpiPageRequest request)
    {
        var preset = Enum.TryParse<KpiPeriodPreset>(request.Period, true, out var parsed) && Enum.IsDefined(parsed) ? parsed : KpiPeriodPreset.Last7Days;
        return KpiPeriod.Resolve(preset, KpiDisplay.ParseDate(request.From), KpiDisplay.ParseDate(request.To), await _figures.GetTodayAsync(storeId));
    }

    public virtual async Task<KpiPageModel> PrepareAsync(KpiPageRequest request)
    {
        var storeId = await ResolveStoreIdAsync(request.StoreId);
        var vendorId = await VendorIdAsync();
        var isVendor = vendorId != 0;
        var today = await _figures.GetTodayAsync(storeId);
        var period = await ResolvePeriodAsync(storeId, request);
        var (previousFrom, previousTo) = period.Previous;

        // the period's totals are its days summed: its rows are read once
        var salesByDay = await _figures.GetSalesByDayAsync(storeId, vendorId, period.From, period.To);
        var sales = KpiSalesFigures.Sum(vendorId, salesByDay.Select(day => day.Figures));
        var previousSales = await _figures.GetSalesAsync(storeId, vendorId, previousFrom, previousTo);

        IReadOnlyList<(DateOnly Day, KpiFunnelFigures Figures)> funnelByDay = [];
        IReadOnlyList<KpiFigureRowModel> funnelRows = [];
        IReadOnlyList<KpiSourceRowModel> sources = [];
        IReadOnlyList<KpiJournalNote> notes = [];
        IReadOnlyList<KpiNoteModel> noteModels = [];
        KpiTargetsModel targets = null;
        if (!isVendor)
        {
            funnelByDay = await _figures.GetFunnelByDayAsync(storeId, period.From, period.To);
            var funnel = KpiFunnelFigures.Sum(funnelByDay.Select(day => day.Figures));
            var previousFunnel = await _figures.GetFunnelAsync(storeId, previousFrom, previousTo);
            funnelRows = await FunnelRowsAsync(funnel, previousFunnel);
            sources = await SourcesAsync(storeId, period);
            notes = await _journal.GetNotesAsync(storeId, period.From, period.To);
            noteModels = await NotesAsync(storeId, period, today, notes, salesByDay, funnelByDay);
            targets = await TargetsAsync(storeId, today);
        }

        var days = await DaysAsync(salesByDay, funnelByDay, notes, isVendor);
        return new KpiPageModel
        {
            StoreId = storeId,
            Stores = (await _storeService.GetAllStoresAsync()).Select(store => new KpiOptionModel(store.Id.ToString(CultureInfo.InvariantCulture), store.Name, store.Id == storeId)).ToList(),
            IsVendor = isVendor,
            Period = period.Preset.ToString(),
            Periods = await PeriodsAsync(period.Preset),
            From = KpiDisplay.Iso(period.From),
            To = KpiDisplay.Iso(period.To),
            PeriodText = await _display.FormatAsync(period.Days == 1 ? "Plugins.Misc.MerchantOps.Kpi.Page.PeriodTextOneDay" : "Plugins.Misc.MerchantOps.Kpi.Page.PeriodText",
                await _display.RangeAsync(period.From, period.To), period.Days),
            PreviousPeriodText = await _display.FormatAsync("Plugins.Misc.MerchantOps.Kpi.Page.PreviousText", await _display.RangeAsync(previousFrom, previousTo)),
            CutMessage = period.WasCut ? await _display.FormatAsync("Plugins.Misc.MerchantOps.Kpi.Page.PeriodCut", KpiLimits.LongestPeriodDays, await _display.RangeAsync(period.From, period.To)) : null,
            CurrencyNote = await _display.FormatAsync("Plugins.Misc.MerchantOps.Kpi.Page.CurrencyNote", await _display.CurrencyCodeAsync()),
            Sales = await SalesRowsAsync(sales, previousSales),
            Funnel = funnelRows,
            Days = days,
            Sources = sources,
            Notes = noteModels,
            Targets = targets,
            Today = KpiDisplay.Iso(today),
            ChartJson = await ChartJsonAsync(salesByDay, funnelByDay, notes, isVendor)
        };
    }

    /// <summary>
    /// The period per day as CSV (RFC 4180, UTF-8 with a byte order mark, a cell starting with = + - @ made text by an
    /// apostrophe: the same writer and options as the planner's shoot list). Amounts are plain numbers with a dot (the
    /// primary store currency), dates yyyy-MM-dd. A vendor's file has their sales only.
    /// </summary>
    public virtual async Task<byte[]> PrepareCsvAsync(KpiPageRequest request)
    {
        var storeId = await ResolveStoreIdAsync(request.StoreId);
        var vendorId = await VendorIdAsync();
        var period = await ResolvePeriodAsync(storeId, request);
        var salesByDay = await _figures.GetSalesByDayAsync(storeId, vendorId, period.From, period.To);
        var funnelByDay = vendorId == 0 ? await _figures.GetFunnelByDayAsync(storeId, period.From, period.To) : [];
        var notes = vendorId == 0 ? await _journal.GetNotesAsync(storeId, period.From, period.To) : [];
        var notesByDay = notes.ToLookup(note => note.LocalDay, note => note.Text);

        var header = new List<string>();
        foreach (var key in SalesColumnKeys)
            header.Add(await _display.TextAsync(key));
        if (vendorId == 0)
            foreach (var key in FunnelColumnKeys)
                header.Add(await _display.TextAsync(key));

        using var stream = new MemoryStream();
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        await using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            csv.WriteRecord(header.ToArray());
            for (var i = 0; i < salesByDay.Count; i++)
            {
                var (day, s) = salesByDay[i];
                var fields = new List<string>
                {
                    KpiDisplay.Iso(day), Number(s.OrderCount), Amount(s.Revenue), Amount(s.AverageOrderValue), Number(s.ItemCount),
                    Number(s.NewCustomerCount), Number(s.ReturningCustomerCount), Number(s.RefundedOrderCount), Amount(s.RefundedAmount),
                    Number(s.CancelledOrderCount), Amount(s.CancelledAmount)
                };
                if (vendorId == 0)
                {
                    var f = funnelByDay[i].Figures;
                    fields.AddRange([
                        Number(f.VisitorCount), Number(f.ProductViewCount), Number(f.AddToCartCount), Number(f.CheckoutCount), Number(f.OrderCount),
                        decimal.Round(f.Conversion, 4).ToString(CultureInfo.InvariantCulture), string.Join(" | ", notesByDay[KpiDay.Key(day)])
                    ]);
                }

                csv.WriteRecord(fields.ToArray());
            }
        }

        return stream.ToArray();

        static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
        static string Amount(decimal value) => decimal.Round(value, 2).ToString("0.00", CultureInfo.InvariantCulture);
    }

    private async Task<IReadOnlyList<KpiOptionModel>> PeriodsAsync(KpiPeriodPreset selected)
    {
        var options = new List<KpiOptionModel>();
        foreach (var (preset, key) in PeriodKeys)
            options.Add(new KpiOptionModel(preset.ToString(), await _display.TextAsync(key), preset == selected));
        return options;
    }

    private async Task<IReadOnlyList<KpiFigureRowModel>> SalesRowsAsync(KpiSalesFigures now, KpiSalesFigures before) =>
    [
        await CountRowAsync("Orders", "Plugins.Misc.MerchantOps.Kpi.Page.Orders", now.OrderCount, before.OrderCount),
        await MoneyRowAsync("Revenue", "Plugins.Misc.MerchantOps.Kpi.Page.Revenue", now.Revenue, before.Revenue),
        await MoneyRowAsync("AverageOrderValue", "Plugins.Misc.MerchantOps.Kpi.Page.AverageOrderValue", now.AverageOrderValue, before.AverageOrderValue),
        await CountRowAsync("Items", "Plugins.Misc.MerchantOps.Kpi.Page.Items", now.ItemCount, before.ItemCount),
        await CountRowAsync("NewCustomers", "Plugins.Misc.MerchantOps.Kpi.Page.NewCustomers", now.NewCustomerCount, before.NewCustomerCount),
        await CountRowAsync("ReturningCustomers", "Plugins.Misc.MerchantOps.Kpi.Page.ReturningCustomers", now.ReturningCustomerCount, before.ReturningCustomerCount),
        await CountRowAsync("RefundedOrders", "Plugins.Misc.MerchantOps.Kpi.Page.RefundedOrders", now.RefundedOrderCount, before.RefundedOrderCount, lowerIsBetter: true),
        await MoneyRowAsync("RefundedAmount", "Plugins.Misc.MerchantOps.Kpi.Page.RefundedAmount", now.RefundedAmount, before.RefundedAmount, lowerIsBetter: true),
        await CountRowAsync("CancelledOrders", "Plugins.Misc.MerchantOps.Kpi.Page.CancelledOrders", now.CancelledOrderCount, before.CancelledOrderCount, lowerIsBetter: true),
        await MoneyRowAsync("CancelledAmount", "Plugins.Misc.MerchantOps.Kpi.Page.CancelledAmount", now.CancelledAmount, before.CancelledAmount, lowerIsBetter: true)
    ];

    private async Task<IReadOnlyList<KpiFigureRowModel>> FunnelRowsAsync(KpiFunnelFigures now, KpiFunnelFigures before) =>
    [
        await CountRowAsync("Visitors", "Plugins.Misc.MerchantOps.Kpi.Page.Visitors", now.VisitorCount, before.VisitorCount),
        await CountRowAsync("ProductViews", "Plugins.Misc.MerchantOps.Kpi.Page.ProductViews", now.ProductViewCount, before.ProductViewCount),
        await CountRowAsync("AddToCart", "Plugins.Misc.MerchantOps.Kpi.Page.AddToCart", now.AddToCartCount, before.AddToCartCount),
        await CountRowAsync("CheckoutStarted", "Plugins.Misc.MerchantOps.Kpi.Page.CheckoutStarted", now.CheckoutCount, before.CheckoutCount),
        await CountRowAsync("FunnelOrders", "Plugins.Misc.MerchantOps.Kpi.Page.FunnelOrders", now.OrderCount, before.OrderCount),
        await RowAsync("Conversion", "Plugins.Misc.MerchantOps.Kpi.Page.Conversion", now.Conversion, before.Conversion, _display.PercentAsync)
    ];

    private Task<KpiFigureRowModel> CountRowAsync(string name, string resourceKey, int now, int before, bool lowerIsBetter = false) =>
        RowAsync(name, resourceKey, now, before, value => _display.NumberAsync(value), lowerIsBetter);

    private Task<KpiFigureRowModel> MoneyRowAsync(string name, string resourceKey, decimal now, decimal before, bool lowerIsBetter = false) =>
        RowAsync(name, resourceKey, now, before, _display.MoneyAsync, lowerIsBetter);

    private async Task<KpiFigureRowModel> RowAsync(string name, string resourceKey, decimal now, decimal before, Func<decimal, Task<string>> format,
        bool lowerIsBetter = false)
    {
        var change = KpiChange.Of(now, before);
        return new KpiFigureRowModel(name, await _display.TextAsync(resourceKey), await format(now), await format(before),
            await _display.ChangeAsync(change), KpiDisplay.ChangeCss(change, lowerIsBetter));
    }

    private async Task<IReadOnlyList<KpiDayRowModel>> DaysAsync(IReadOnlyList<(DateOnly Day, KpiSalesFigures Figures)> salesByDay,
        IReadOnlyList<(DateOnly Day, KpiFunnelFigures Figures)> funnelByDay, IReadOnlyList<KpiJournalNote> notes, bool isVendor)
    {
        var notesByDay = notes.ToLookup(note => note.LocalDay, note => note.Text);
        var rows = new List<KpiDayRowModel>(salesByDay.Count);
        for (var i = 0; i < salesByDay.Count; i++)
        {
            var (day, sales) = salesByDay[i];
            var funnel = isVendor ? KpiFunnelFigures.Empty : funnelByDay[i].Figures;
            rows.Add(new KpiDayRowModel(KpiDisplay.Iso(day), await _display.DayWithYearAsync(day), sales.OrderCount, await _display.MoneyAsync(sales.Revenue),
                await _display.MoneyAsync(sales.AverageOrderValue), sales.ItemCount, funnel.VisitorCount, funnel.ProductViewCount, funnel.AddToCartCount,
                funnel.CheckoutCount, funnel.OrderCount, await _display.PercentAsync(funnel.Conversion), notesByDay[KpiDay.Key(day)].ToList()));
        }

        return rows;
    }

    private async Task<IReadOnlyList<KpiSourceRowModel>> SourcesAsync(int storeId, KpiPeriod period)
    {
        var rows = new List<KpiSourceRowModel>();
        foreach (var source in await _figures.GetSourcesAsync(storeId, period.From, period.To, KpiPageLimits.Sources))
            rows.Add(new KpiSourceRowModel(source.Source, source.Medium, source.Campaign, source.VisitorCount, source.OrderCount,
                await _display.PercentAsync(source.Conversion)));
        return rows;
    }

    /// <summary>
    /// Each note's before/after from the store's rows per day: the period's (already read) and the days around it a note
    /// of its first or last week needs (read once, at most 7 days each side). Days after the note count only once over
    /// (up to yesterday): the averages are per day over the days that count.
    /// </summary>
    private async Task<IReadOnlyList<KpiNoteModel>> NotesAsync(int storeId, KpiPeriod period, DateOnly today, IReadOnlyList<KpiJournalNote> notes,
        IReadOnlyList<(DateOnly Day, KpiSalesFigures Figures)> salesByDay, IReadOnlyList<(DateOnly Day, KpiFunnelFigures Figures)> funnelByDay)
    {
        if (notes.Count == 0)
            return [];

        var window = KpiPageLimits.EffectDays;
        var yesterday = today.AddDays(-1);
        var sales = salesByDay.ToDictionary(d => d.Day, d => d.Figures);
        var funnel = funnelByDay.ToDictionary(d => d.Day, d => d.Figures);
        foreach (var (from, to) in new[] { (period.From.AddDays(-window), period.From.AddDays(-1)), (period.To.AddDays(1), Min(period.To.AddDays(window - 1), yesterday)) })
        {
            if (to < from)
                continue;
            foreach (var (day, figures) in await _figures.GetSalesByDayAsync(storeId, 0, from, to))
                sales[day] = figures;
            foreach (var (day, figures) in await _figures.GetFunnelByDayAsync(storeId, from, to))
                funnel[day] = figures;
        }

        var models = new List<KpiNoteModel>(notes.Count);
        foreach (var note in notes)
        {
            var day = KpiDay.FromKey(note.LocalDay);
            var before = Sum(day.AddDays(-window), day.AddDays(-1));
            var afterEnd = Min(day.AddDays(window - 1), yesterday);
            var afterDays = Math.Max(0, afterEnd.DayNumber - day.DayNumber + 1);
            var after = Sum(day, afterEnd);

            var revenueBefore = before.Revenue / window;
            var ordersBefore = (decimal)before.Orders / window;
            var conversionBefore = KpiFunnelFigures.Ratio(before.FunnelOrders, before.Visitors);
            var revenueAfter = afterDays == 0 ? 0m : after.Revenue / afterDays;
            var ordersAfter = afterDays == 0 ? 0m : (decimal)after.Orders / afterDays;
            var conversionAfter = KpiFunnelFigures.Ratio(after.FunnelOrders, after.Visitors);
            var none = await _display.TextAsync("Plugins.Misc.MerchantOps.Kpi.Page.Effect.NotYet");

            var effect = new KpiNoteEffectModel(
                await _display.FormatAsync("Plugins.Misc.MerchantOps.Kpi.Page.Effect.Before", window, await _display.RangeAsync(day.AddDays(-window), day.AddDays(-1))),
                afterDays == 0
                    ? await _display.FormatAsync("Plugins.Misc.MerchantOps.Kpi.Page.Effect.AfterNone", window)
                    : await _display.FormatAsync("Plugins.Misc.MerchantOps.Kpi.Page.Effect.After", afterDays, window, await _display.RangeAsync(day, afterEnd)),
                afterDays, afterDays > 0,
                await _display.MoneyAsync(revenueBefore), afterDays == 0 ? none : await _display.MoneyAsync(revenueAfter),
                afterDays == 0 ? "—" : await _display.ChangeAsync(KpiChange.Of(revenueAfter, revenueBefore)),
                await _display.NumberAsync(ordersBefore, 1), afterDays == 0 ? none : await _display.NumberAsync(ordersAfter, 1),
                afterDays == 0 ? "—" : await _display.ChangeAsync(KpiChange.Of(ordersAfter, ordersBefore)),
                await _display.PercentAsync(conversionBefore), afterDays == 0 ? none : await _display.PercentAsync(conversionAfter),
                afterDays == 0 ? "—" : await _display.ChangeAsync(KpiChange.Of(conversionAfter, conversionBefore)));
            models.Add(new KpiNoteModel(note.Id, note.Version, KpiDisplay.Iso(day), await _display.DayWithYearAsync(day), note.Text, effect));
        }

        return models;

        (decimal Revenue, int Orders, int Visitors, int FunnelOrders) Sum(DateOnly from, DateOnly to)
        {
            var total = (Revenue: 0m, Orders: 0, Visitors: 0, FunnelOrders: 0);
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                if (sales.TryGetValue(day, out var s))
                    total = (total.Revenue + s.Revenue, total.Orders + s.OrderCount, total.Visitors, total.FunnelOrders);
                if (funnel.TryGetValue(day, out var f))
                    total = (total.Revenue, total.Orders, total.Visitors + f.VisitorCount, total.FunnelOrders + f.OrderCount);
            }

            return total;
        }
    }

    private async Task<KpiTargetsModel> TargetsAsync(int storeId, DateOnly today)
    {
        var target = await _targets.GetAsync(storeId);
        var weekly = target?.WeeklyRevenue ?? 0m;
        var monthly = target?.MonthlyRevenue ?? 0m;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        return new KpiTargetsModel(Input(weekly), Input(monthly),
            await ProgressAsync(storeId, "Plugins.Misc.MerchantOps.Kpi.Page.Targets.Week", monday, monday.AddDays(6), today, weekly),
            await ProgressAsync(storeId, "Plugins.Misc.MerchantOps.Kpi.Page.Targets.Month", monthStart, monthStart.AddMonths(1).AddDays(-1), today, monthly));

        static string Input(decimal amount) => amount > 0m ? amount.ToString("0.##", CultureInfo.InvariantCulture) : string.Empty;
    }

    /// <summary>
    /// Revenue from the period's first day to today (today's rollup is refreshed every 10 minutes) against the target, and
    /// the forecast: the revenue of the period's days already over, divided by their number, times the period's days.
    /// Today is not in the run rate (it is not over); on the period's first day there is no forecast yet.
    /// </summary>
    private async Task<KpiTargetProgressModel> ProgressAsync(int storeId, string titleKey, DateOnly start, DateOnly end, DateOnly today, decimal target)
    {
        // one read of the period's days so far: all of them achieved, those before today for the run rate
        var days = await _figures.GetSalesByDayAsync(storeId, 0, start, today);
        var achieved = days.Sum(day => day.Figures.Revenue);
        var daysOver = today.DayNumber - start.DayNumber;
        var totalDays = end.DayNumber - start.DayNumber + 1;
        string forecast = null, how;
        if (daysOver > 0)
        {
            var over = days.Where(day => day.Day < today).Sum(day => day.Figures.Revenue);
            forecast = await _display.MoneyAsync(over / daysOver * totalDays);
            how = await _display.FormatAsync("Plugins.Misc.MerchantOps.Kpi.Page.Targets.ForecastHow", await _display.MoneyAsync(over), daysOver, totalDays);
        }
        else
            how = await _display.TextAsync("Plugins.Misc.MerchantOps.Kpi.Page.Targets.ForecastNotYet");

        var hasTarget = target > 0m;
        var share = hasTarget ? achieved / target : 0m;
        return new KpiTargetProgressModel(await _display.TextAsync(titleKey), await _display.RangeAsync(start, end), hasTarget,
            hasTarget ? await _display.MoneyAsync(target) : await _display.TextAsync("Plugins.Misc.MerchantOps.Kpi.Page.Targets.None"),
            await _display.MoneyAsync(achieved),
            hasTarget ? await _display.PercentAsync(share) : "—",
            hasTarget ? (int)Math.Clamp(decimal.Round(share * 100m), 0m, 100m) : 0,
            hasTarget ? await _display.MoneyAsync(Math.Max(0m, target - achieved)) : "—",
            forecast, how);
    }

    /// <summary>The charts' data: days, revenue and orders, the funnel per day, the journal notes (text, never HTML) and the texts.</summary>
    private async Task<string> ChartJsonAsync(IReadOnlyList<(DateOnly Day, KpiSalesFigures Figures)> salesByDay,
        IReadOnlyList<(DateOnly Day, KpiFunnelFigures Figures)> funnelByDay, IReadOnlyList<KpiJournalNote> notes, bool isVendor)
    {
        var data = new
        {
            Days = salesByDay.Select(d => KpiDisplay.Iso(d.Day)).ToList(),
            Revenue = salesByDay.Select(d => decimal.Round(d.Figures.Revenue, 2)).ToList(),
            Orders = salesByDay.Select(d => d.Figures.OrderCount).ToList(),
            Funnel = isVendor ? null : new
            {
                Visitors = funnelByDay.Select(d => d.Figures.VisitorCount).ToList(),
                ProductViews = funnelByDay.Select(d => d.Figures.ProductViewCount).ToList(),
                AddToCart = funnelByDay.Select(d => d.Figures.AddToCartCount).ToList(),
                Checkout = funnelByDay.Select(d => d.Figures.CheckoutCount).ToList(),
                Orders = funnelByDay.Select(d => d.Figures.OrderCount).ToList()
            },
            Notes = notes.Select(note => new { Day = KpiDisplay.Iso(KpiDay.FromKey(note.LocalDay)), note.Text }).ToList(),
            Texts = new
            {
                Revenue = await _display.TextAsync("Plugins.Misc.MerchantOps.Kpi.Page.Revenue"),
                Orders = await _display.TextAsync("Plugins.Misc.MerchantOps.Kpi.Page.Orders"),
                Journal = await _display.TextAsync("Plugins.Misc.MerchantOps.Kpi.Page.Journal.Title"),
                Visitors = await _display.TextAsync("Plugins.Misc.MerchantOps.Kpi.Page.Visitors"),
                ProductViews = await _display.TextAsync("Plugins.Misc.MerchantOps.Kpi.Page.ProductViews"),
                AddToCart = await _display.TextAsync("Plugins.Misc.MerchantOps.Kpi.Page.AddToCart"),
                Checkout = await _display.TextAsync("Plugins.Misc.MerchantOps.Kpi.Page.CheckoutStarted"),
                FunnelOrders = await _display.TextAsync("Plugins.Misc.MerchantOps.Kpi.Page.FunnelOrders"),
                Currency = await _display.CurrencyCodeAsync()
            }
        };
        return JsonSerializer.Serialize(data, ChartJsonOptions);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
