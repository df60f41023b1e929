using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Nop.Core;
using Nop.Core.Domain.Directory;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Models;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Services.Catalog;
using Nop.Services.Common;
using Nop.Services.Directory;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Factories;

/// <summary>
/// The models of the four dashboard widgets and of the slow-cards offer, for the current store and user. Callers
/// check the KPI permission first (the view components and the Today screen do); this factory decides the vendor scope:
/// a vendor gets their own sales (their rows of the rollups) and to-do counts of their own products, and no funnel,
/// abandoned carts or Operations (store-wide figures): those methods answer null for a vendor, before any read.
/// Sales and funnel come from the rollups only (<see cref="IKpiFiguresReader"/>), never from the order table.
/// </summary>
public class KpiDashboardModelFactory
{
    private static readonly PlannerLiveBinding[] TodoBindings =
        [PlannerLiveBinding.OrdersToPack, PlannerLiveBinding.PendingReturns, PlannerLiveBinding.ReviewsAwaitingApproval, PlannerLiveBinding.LowStock];

    public const string CurrentCartsPath = "/Admin/ShoppingCart/CurrentCarts";
    public const string PackingReportPath = "/Admin/PackingBatch/Report";
    public const string ReplyUsagePath = "/Admin/Replies/Usage";

    private readonly PlannerActor _actor;
    private readonly KpiAbandonedCartReader _carts;
    private readonly CurrencySettings _currencySettings;
    private readonly ICurrencyService _currencyService;
    private readonly KpiDisplay _display;
    private readonly IKpiFiguresReader _figures;
    private readonly IGenericAttributeService _genericAttributeService;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IPlannerLiveCountModelFactory _liveCounts;
    private readonly KpiOperationsReader _operations;
    private readonly IPermissionService _permissionService;
    private readonly IPriceFormatter _priceFormatter;
    private readonly IRepository<KpiRollupProgress> _progress;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;

    public KpiDashboardModelFactory(PlannerActor actor,
        KpiAbandonedCartReader carts,
        CurrencySettings currencySettings,
        ICurrencyService currencyService,
        KpiDisplay display,
        IKpiFiguresReader figures,
        IGenericAttributeService genericAttributeService,
        IHttpContextAccessor httpContextAccessor,
        IPlannerLiveCountModelFactory liveCounts,
        KpiOperationsReader operations,
        IPermissionService permissionService,
        IPriceFormatter priceFormatter,
        IRepository<KpiRollupProgress> progress,
        IStoreContext storeContext,
        IWorkContext workContext)
    {
        _actor = actor;
        _carts = carts;
        _currencySettings = currencySettings;
        _currencyService = currencyService;
        _display = display;
        _figures = figures;
        _genericAttributeService = genericAttributeService;
        _httpContextAccessor = httpContextAccessor;
        _liveCounts = liveCounts;
        _operations = operations;
        _permissionService = permissionService;
        _priceFormatter = priceFormatter;
        _progress = progress;
        _storeContext = storeContext;
        _workContext = workContext;
    }

    #region Yesterday at a glance

    /// <summary>
    /// Yesterday's sales (the store's, or the vendor's own) vs the same weekday a week before and the average of the
    /// <see cref="KpiDashboardDefaults.ComparisonWeeks"/> same weekdays before it: one read of 29 day rows, one of the
    /// backfill's progress row.
    /// </summary>
    public virtual async Task<KpiYesterdayModel> PrepareYesterdayAsync()
    {
        var storeId = (await _storeContext.GetCurrentStoreAsync()).Id;
        var (_, vendorId) = await _actor.GetAsync();
        var yesterday = (await _figures.GetTodayAsync(storeId)).AddDays(-1);
        var weeks = KpiDashboardDefaults.ComparisonWeeks;
        var days = (await _figures.GetSalesByDayAsync(storeId, vendorId, yesterday.AddDays(-7 * weeks), yesterday))
            .ToDictionary(day => day.Day, day => day.Figures);

        var day = days.GetValueOrDefault(yesterday) ?? new KpiSalesFigures();
        var lastWeek = days.GetValueOrDefault(yesterday.AddDays(-7)) ?? new KpiSalesFigures();
        var before = Enumerable.Range(1, weeks).Select(week => days.GetValueOrDefault(yesterday.AddDays(-7 * week)) ?? new KpiSalesFigures()).ToList();

        decimal Avg(Func<KpiSalesFigures, decimal> of) => before.Sum(of) / weeks;
        var averageOrders = before.Sum(f => f.OrderCount);
        var averageAov = averageOrders == 0 ? 0m : before.Sum(f => f.Revenue) / averageOrders;

        var model = new KpiYesterdayModel
        {
            IsVendor = vendorId != 0,
            DayText = await _display.DayAsync(yesterday),
            LastWeekDayText = await _display.DayAsync(yesterday.AddDays(-7)),
            AverageText = await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Yesterday.AverageOf", weeks, await _display.WeekdayAsync(yesterday)),
            EmptyText = day.OrderCount == 0 ? await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Yesterday.NoOrders") : null,
            BackfillText = await BackfillTextAsync(storeId)
        };

        model.Figures.Add(await CountFigureAsync("orders", "Plugins.Misc.MerchantOps.Kpi.Dashboard.Yesterday.Orders", day.OrderCount, lastWeek.OrderCount, Avg(f => f.OrderCount)));
        model.Figures.Add(await MoneyFigureAsync("revenue", "Plugins.Misc.MerchantOps.Kpi.Dashboard.Yesterday.Revenue", day.Revenue, lastWeek.Revenue, Avg(f => f.Revenue)));
        model.Figures.Add(await AovFigureAsync(day, lastWeek, averageOrders, averageAov));
        model.Figures.Add(await CountFigureAsync("items", "Plugins.Misc.MerchantOps.Kpi.Dashboard.Yesterday.Items", day.ItemCount, lastWeek.ItemCount, Avg(f => f.ItemCount)));
        model.Figures.Add(await CountFigureAsync("new", "Plugins.Misc.MerchantOps.Kpi.Dashboard.Yesterday.NewCustomers", day.NewCustomerCount, lastWeek.NewCustomerCount, Avg(f => f.NewCustomerCount)));
        model.Figures.Add(await CountFigureAsync("returning", "Plugins.Misc.MerchantOps.Kpi.Dashboard.Yesterday.ReturningCustomers", day.ReturningCustomerCount, lastWeek.ReturningCustomerCount,
            Avg(f => f.ReturningCustomerCount)));

        var refunds = await MoneyFigureAsync("refunds", "Plugins.Misc.MerchantOps.Kpi.Dashboard.Yesterday.Refunds", day.RefundedAmount, lastWeek.RefundedAmount, Avg(f => f.RefundedAmount));
        refunds.Value = await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Yesterday.RefundsValue", await MoneyAsync(day.RefundedAmount), day.RefundedOrderCount);
        refunds.LowerIsBetter = true;
        model.Figures.Add(refunds);
        return model;
    }

    private async Task<KpiFigureModel> CountFigureAsync(string id, string label, int value, int lastWeek, decimal average)
    {
        var (vsWeek, trend) = await _display.ChangeAsync(value, lastWeek);
        return new KpiFigureModel
        {
            Id = id,
            Label = await _display.T(label),
            Value = await _display.NumberAsync(value),
            LastWeek = await _display.NumberAsync(lastWeek),
            Average = await _display.NumberAsync(average, 1),
            ChangeVsLastWeek = vsWeek,
            ChangeVsAverage = (await _display.ChangeAsync(value, average)).Text,
            Trend = trend
        };
    }

    private async Task<KpiFigureModel> MoneyFigureAsync(string id, string label, decimal value, decimal lastWeek, decimal average)
    {
        var (vsWeek, trend) = await _display.ChangeAsync(value, lastWeek);
        return new KpiFigureModel
        {
            Id = id,
            Label = await _display.T(label),
            Value = await MoneyAsync(value),
            LastWeek = await MoneyAsync(lastWeek),
            Average = await MoneyAsync(average),
            ChangeVsLastWeek = vsWeek,
            ChangeVsAverage = (await _display.ChangeAsync(value, average)).Text,
            Trend = trend
        };
    }

    /// <summary>Average order value: "no orders" where a day had none (never 0 ÷ 0).</summary>
    private async Task<KpiFigureModel> AovFigureAsync(KpiSalesFigures day, KpiSalesFigures lastWeek, int averageOrders, decimal averageAov)
    {
        var none = await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Yesterday.NoOrdersShort");
        var figure = new KpiFigureModel
        {
            Id = "aov",
            Label = await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Yesterday.AverageOrderValue"),
            Value = day.OrderCount == 0 ? none : await MoneyAsync(day.AverageOrderValue),
            LastWeek = lastWeek.OrderCount == 0 ? none : await MoneyAsync(lastWeek.AverageOrderValue),
            Average = averageOrders == 0 ? none : await MoneyAsync(averageAov),
            Trend = "same"
        };
        var notComparable = await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.NothingToCompare");
        if (day.OrderCount == 0 || lastWeek.OrderCount == 0)
            figure.ChangeVsLastWeek = notComparable;
        else
            (figure.ChangeVsLastWeek, figure.Trend) = await _display.ChangeAsync(day.AverageOrderValue, lastWeek.AverageOrderValue);
        figure.ChangeVsAverage = day.OrderCount == 0 || averageOrders == 0
            ? notComparable
            : (await _display.ChangeAsync(day.AverageOrderValue, averageAov)).Text;
        return figure;
    }

    /// <summary>While the backfill runs, what is done (one indexed read of the store's progress row); null once complete.</summary>
    private async Task<string> BackfillTextAsync(int storeId)
    {
        var progress = await _progress.Table.Where(row => row.StoreId == storeId).FirstOrDefaultAsync();
        if (progress == null)
            return await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Backfill.NotStarted");
        if (progress.BackfillCompletedOnUtc != null || progress.FirstOrderDay == 0)
            return null;

        var next = KpiDay.IsKey(progress.BackfillNextDay) ? await _display.DayAsync(KpiDay.FromKey(progress.BackfillNextDay)) : string.Empty;
        var first = KpiDay.IsKey(progress.FirstOrderDay) ? await _display.DayAsync(KpiDay.FromKey(progress.FirstOrderDay)) : string.Empty;
        return await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Backfill.Running", progress.BackfillDaysDone, next, first);
    }

    #endregion

    #region Funnel

    /// <summary>The period's funnel vs the previous one (two reads of day rows); null for a vendor (no traffic), before any read.</summary>
    public virtual async Task<KpiFunnelModel> PrepareFunnelAsync(int days)
    {
        var (_, vendorId) = await _actor.GetAsync();
        if (vendorId != 0)
            return null;

        days = KpiDashboardDefaults.FunnelPeriods.Contains(days) ? days : KpiDashboardDefaults.DefaultFunnelDays;
        var storeId = (await _storeContext.GetCurrentStoreAsync()).Id;
        var yesterday = (await _figures.GetTodayAsync(storeId)).AddDays(-1);
        var from = yesterday.AddDays(1 - days);
        var previousTo = from.AddDays(-1);
        var previousFrom = previousTo.AddDays(1 - days);
        var now = await _figures.GetFunnelAsync(storeId, from, yesterday);
        var then = await _figures.GetFunnelAsync(storeId, previousFrom, previousTo);

        var model = new KpiFunnelModel
        {
            Days = days,
            PeriodText = await PeriodTextAsync(days, from, yesterday),
            PreviousPeriodText = await PeriodTextAsync(days, previousFrom, previousTo, previous: true),
            EmptyText = now.VisitorCount == 0 ? await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Funnel.NoVisits") : null,
            Conversion = await _display.PercentAsync(now.Conversion),
            PreviousConversion = await _display.PercentAsync(then.Conversion)
        };

        foreach (var choice in KpiDashboardDefaults.FunnelPeriods)
            model.Periods.Add(new KpiFunnelPeriodModel
            {
                Days = choice,
                Selected = choice == days,
                Text = choice == 1 ? await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Funnel.Yesterday") : await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Funnel.LastDays", choice),
                Url = PeriodUrl(choice)
            });

        var steps = now.Steps;
        var previousSteps = then.Steps;
        var leak = -1;
        var leakShare = decimal.MaxValue;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = new KpiFunnelStepModel
            {
                Name = await _display.T(StepKey(steps[i].Step)),
                Count = await _display.NumberAsync(steps[i].Count),
                PreviousCount = await _display.NumberAsync(previousSteps[i].Count),
                Conversion = string.Empty,
                PreviousConversion = string.Empty
            };
            if (i > 0)
            {
                step.Conversion = steps[i - 1].Count == 0
                    ? await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.NotAvailable")
                    : await _display.PercentAsync(KpiFunnelFigures.Ratio(steps[i].Count, steps[i - 1].Count));
                step.PreviousConversion = previousSteps[i - 1].Count == 0
                    ? await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.NotAvailable")
                    : await _display.PercentAsync(KpiFunnelFigures.Ratio(previousSteps[i].Count, previousSteps[i - 1].Count));
                // the biggest leak: the lowest share going on to this step (among steps whose previous step had visitors)
                var share = KpiFunnelFigures.Ratio(steps[i].Count, steps[i - 1].Count);
                if (steps[i - 1].Count > 0 && share < leakShare)
                    (leak, leakShare) = (i, share);
            }

            model.Steps.Add(step);
        }

        if (leak > 0)
        {
            model.Steps[leak].IsLeak = true;
            model.LeakText = await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Funnel.Leak", model.Steps[leak - 1].Name, model.Steps[leak].Name,
                model.Steps[leak].Conversion, await _display.NumberAsync(steps[leak - 1].Count - steps[leak].Count),
                model.Steps[leak].PreviousConversion);
        }

        return model;
    }

    private static string StepKey(KpiFunnelStep step) => step switch
    {
        KpiFunnelStep.Visit => "Plugins.Misc.MerchantOps.Kpi.Dashboard.Funnel.Step.Visit",
        KpiFunnelStep.ProductView => "Plugins.Misc.MerchantOps.Kpi.Dashboard.Funnel.Step.ProductView",
        KpiFunnelStep.AddToCart => "Plugins.Misc.MerchantOps.Kpi.Dashboard.Funnel.Step.AddToCart",
        KpiFunnelStep.CheckoutStarted => "Plugins.Misc.MerchantOps.Kpi.Dashboard.Funnel.Step.CheckoutStarted",
        _ => "Plugins.Misc.MerchantOps.Kpi.Dashboard.Funnel.Step.OrderPlaced"
    };

    private async Task<string> PeriodTextAsync(int days, DateOnly from, DateOnly to, bool previous = false)
    {
        if (days == 1)
            return await _display.T(previous ? "Plugins.Misc.MerchantOps.Kpi.Dashboard.Funnel.PreviousDay" : "Plugins.Misc.MerchantOps.Kpi.Dashboard.Funnel.PeriodDay", await _display.DayAsync(to));
        return await _display.T(previous ? "Plugins.Misc.MerchantOps.Kpi.Dashboard.Funnel.PreviousPeriod" : "Plugins.Misc.MerchantOps.Kpi.Dashboard.Funnel.Period", days, await _display.ShortDayAsync(from), await _display.ShortDayAsync(to));
    }

    /// <summary>The current page with the funnel's period changed (the other query values kept), back at the card.</summary>
    private string PeriodUrl(int days)
    {
        var request = _httpContextAccessor.HttpContext?.Request;
        if (request == null)
            return "?" + KpiDashboardDefaults.FunnelDaysParameter + "=" + days;
        var query = request.Query.Where(pair => !string.Equals(pair.Key, KpiDashboardDefaults.FunnelDaysParameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string>(pair.Key, value)))
            .Append(new KeyValuePair<string, string>(KpiDashboardDefaults.FunnelDaysParameter, days.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString($"{request.PathBase}{request.Path}", query) + "#merchantops-kpi-funnel";
    }

    #endregion

    #region To do today

    /// <summary>
    /// The planner's live counts of the lists the user may open (each one-minute cached, scoped to a vendor's products),
    /// and, for the shop's staff holding nopCommerce's current-carts permission, the abandoned carts with their value.
    /// </summary>
    public virtual async Task<KpiTodoModel> PrepareTodoAsync()
    {
        var storeId = (await _storeContext.GetCurrentStoreAsync()).Id;
        var (customer, vendorId) = await _actor.GetAsync();
        var model = new KpiTodoModel();
        var counted = new List<DateTime>();

        var live = await _liveCounts.PrepareAsync(storeId, TodoBindings);
        foreach (var binding in TodoBindings)
        {
            if (!live.TryGetValue(binding, out var count))
                continue;
            model.Items.Add(new KpiTodoItemModel { Id = binding.ToString(), Count = count.Count, Text = count.Text, Url = count.Url });
            counted.Add(count.CountedOnUtc);
        }

        if (vendorId == 0 && customer != null && await _permissionService.AuthorizeAsync(StandardPermission.Orders.CURRENT_CARTS_MANAGE, customer))
        {
            var carts = await _carts.GetAsync(storeId);
            model.Items.Add(new KpiTodoItemModel
            {
                Id = "AbandonedCarts",
                Count = carts.Count,
                Text = await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Todo.AbandonedCarts", carts.Count, await MoneyAsync(carts.Value)),
                Url = PathBase() + CurrentCartsPath
            });
            model.CartsDefinition = await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Todo.AbandonedCartsDefinition", KpiDashboardDefaults.AbandonedAfterHours, KpiDashboardDefaults.AbandonedLookBackDays);
            counted.Add(carts.CountedOnUtc);
        }

        if (counted.Count > 0)
            model.AsOf = await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.AsOf", await _display.TimeAsync(counted.Min()));
        return model;
    }

    #endregion

    #region Operations

    /// <summary>Packing and Replies over the last days; null for a vendor or a user who may see neither, before any read.</summary>
    public virtual async Task<KpiOperationsModel> PrepareOperationsAsync()
    {
        var (customer, vendorId) = await _actor.GetAsync();
        if (vendorId != 0 || customer == null)
            return null;

        var packing = await _permissionService.AuthorizeAsync(MerchantOpsDefaults.Permissions.Packing, customer);
        var replies = await _permissionService.AuthorizeAsync(MerchantOpsDefaults.Permissions.RepliesUse, customer)
            || await _permissionService.AuthorizeAsync(MerchantOpsDefaults.Permissions.RepliesManage, customer);
        if (!packing && !replies)
            return null;

        var storeId = (await _storeContext.GetCurrentStoreAsync()).Id;
        var figures = await _operations.GetAsync(storeId, vendorId, packing, replies);
        var days = KpiDashboardDefaults.OperationsDays;
        var model = new KpiOperationsModel { AsOf = await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.AsOf", await _display.TimeAsync(figures.CountedOnUtc)) };

        if (figures.HasPacking)
        {
            model.Lines.Add(new KpiTodoItemModel
            {
                Id = "Throughput",
                Count = figures.OrdersShipped,
                Text = figures.OrdersShipped == 0
                    ? await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Operations.NothingShipped", days)
                    : await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Operations.Throughput", figures.OrdersShipped, days, figures.Packers,
                        await _display.NumberAsync((decimal)figures.OrdersPerHour, 1)),
                Url = PathBase() + PackingReportPath
            });
            if (figures.PaidToShippedOrders > 0)
                model.Lines.Add(new KpiTodoItemModel
                {
                    Id = "PaidToShipped",
                    Count = figures.PaidToShippedOrders,
                    Text = await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Operations.PaidToShipped", await _display.DurationAsync(figures.PaidToShippedMedian),
                        await _display.DurationAsync(figures.PaidToShippedAverage), figures.PaidToShippedOrders),
                    Url = PathBase() + PackingReportPath
                });
        }

        if (figures.HasReplies)
            model.Lines.Add(new KpiTodoItemModel
            {
                Id = "Replies",
                Count = figures.RepliesSent,
                Text = figures.RepliesSent == 0
                    ? await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Operations.NoReplies", days)
                    : await _display.T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Operations.Replies", figures.RepliesSent, days, figures.TopReplyTitle, figures.TopReplySends),
                Url = PathBase() + ReplyUsagePath
            });

        return model;
    }

    #endregion

    #region nopCommerce's slow cards

    /// <summary>How many of nopCommerce's slow cards the current admin has collapsed; null for a vendor (nopCommerce shows them none).</summary>
    public virtual async Task<KpiSlowCardsModel> PrepareSlowCardsAsync()
    {
        var (customer, vendorId) = await _actor.GetAsync();
        if (vendorId != 0 || customer == null)
            return null;

        var collapsed = 0;
        foreach (var name in KpiDashboardDefaults.SlowCardAttributes)
            if (await _genericAttributeService.GetAttributeAsync<bool>(customer, name))
                collapsed++;
        return new KpiSlowCardsModel { Collapsed = collapsed, Total = KpiDashboardDefaults.SlowCardAttributes.Length };
    }

    #endregion

    private async Task<string> MoneyAsync(decimal amount)
    {
        var currency = await _currencyService.GetCurrencyByIdAsync(_currencySettings.PrimaryStoreCurrencyId);
        if (currency == null)
            return await _display.NumberAsync(amount, 2);

        var language = await _workContext.GetWorkingLanguageAsync();
        return await _priceFormatter.FormatPriceAsync(amount, true, currency, language?.Id ?? 0, false, false);
    }

    private string PathBase() => _httpContextAccessor.HttpContext?.Request.PathBase.Value ?? string.Empty;
}
