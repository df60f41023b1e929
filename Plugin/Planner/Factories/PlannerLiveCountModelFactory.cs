using Microsoft.AspNetCore.Http;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Controllers;
using Nop.Plugin.Misc.MerchantOps.Planner.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;
using Nop.Services.Catalog;
using Nop.Services.Directory;
using Nop.Services.Security;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys.Live;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Factories;

/// <summary>
/// The live counts of the bindings asked for, for a store and the current actor. Each binding:
/// <list type="bullet">
/// <item>is shown only to an actor holding the permission of nopCommerce's (or the plugin's) screen where that work is
/// done — the count is what that screen would list them — and links there;</item>
/// <item>is scoped to the actor: a vendor counts only their own products, the orders and returns holding them, and the
/// reviews of them;</item>
/// <item>costs one SQL statement when not cached, and is cached for a minute with the time it was counted (the key keeps
/// its own minute, see <see cref="MerchantOpsDefaults.Planner.LiveCountCacheKey"/>), which the model carries as
/// "as of 14:05".</item>
/// </list>
/// Orders to pack are Packing's own ready count (cached likewise, dropped when an order changes).
/// </summary>
public class PlannerLiveCountModelFactory : IPlannerLiveCountModelFactory
{
    /// <summary>nopCommerce's order list filtered to orders that are not cancelled (its List action reads the statuses from the query).</summary>
    private static readonly string OrderListPath = "/Admin/Order/List?" + string.Join("&",
        new[] { OrderStatus.Pending, OrderStatus.Processing, OrderStatus.Complete }.Select(status => $"orderStatuses={(int)status}"));

    private readonly CurrencySettings _currencySettings;
    private readonly ICurrencyService _currencyService;
    private readonly PlannerDisplay _display;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IPermissionService _permissionService;
    private readonly IPriceFormatter _priceFormatter;
    private readonly PlannerActor _actor;
    private readonly PlannerLiveCountQuery _query;
    private readonly IPackingQueueService _queueService;
    private readonly IStaticCacheManager _staticCacheManager;
    private readonly TimeProvider _timeProvider;
    private readonly PlannerTimeZones _timeZones;
    private readonly IWorkContext _workContext;

    public PlannerLiveCountModelFactory(CurrencySettings currencySettings,
        ICurrencyService currencyService,
        PlannerDisplay display,
        IHttpContextAccessor httpContextAccessor,
        IPermissionService permissionService,
        IPriceFormatter priceFormatter,
        PlannerActor actor,
        PlannerLiveCountQuery query,
        IPackingQueueService queueService,
        IStaticCacheManager staticCacheManager,
        TimeProvider timeProvider,
        PlannerTimeZones timeZones,
        IWorkContext workContext)
    {
        _currencySettings = currencySettings;
        _currencyService = currencyService;
        _display = display;
        _httpContextAccessor = httpContextAccessor;
        _permissionService = permissionService;
        _priceFormatter = priceFormatter;
        _actor = actor;
        _query = query;
        _queueService = queueService;
        _staticCacheManager = staticCacheManager;
        _timeProvider = timeProvider;
        _timeZones = timeZones;
        _workContext = workContext;
    }

    public virtual async Task<IReadOnlyDictionary<PlannerLiveBinding, PlannerLiveCountModel>> PrepareAsync(int storeId,
        IReadOnlyCollection<PlannerLiveBinding> bindings)
    {
        var result = new Dictionary<PlannerLiveBinding, PlannerLiveCountModel>();
        if (bindings == null || bindings.Count == 0)
            return result;

        var (customer, vendorId) = await _actor.GetAsync();
        if (customer == null)
            return result;

        foreach (var binding in bindings.Distinct())
        {
            if (Keys.For(binding) is null || !await MaySeeAsync(binding))
                continue;

            var figure = await FigureAsync(binding, storeId, vendorId);
            result[binding] = new PlannerLiveCountModel
            {
                Binding = binding,
                Count = figure.Count,
                Amount = binding == PlannerLiveBinding.YesterdaysFigures ? figure.Amount : null,
                Text = binding == PlannerLiveBinding.YesterdaysFigures
                    ? await _display.FormatAsync(Keys.YesterdaysFigures, figure.Count, await MoneyAsync(figure.Amount))
                    : await _display.FormatAsync(Keys.For(binding), figure.Count),
                CountedOnUtc = figure.CountedOnUtc,
                AsOf = await _display.FormatAsync(Keys.AsOf, await _display.TimeAsync(figure.CountedOnUtc)),
                Url = PathBase() + ScreenPath(binding)
            };
        }

        return result;
    }

    /// <summary>The permissions of the screen where a binding's work is done (all of them, as that screen's filters ask).</summary>
    public static IReadOnlyList<string> PermissionsFor(PlannerLiveBinding binding) => binding switch
    {
        PlannerLiveBinding.OrdersToPack => [MerchantOpsDefaults.Permissions.Packing],
        PlannerLiveBinding.AwaitingReply => [StandardPermission.Catalog.PRODUCT_REVIEWS_VIEW],
        PlannerLiveBinding.YesterdaysFigures => [StandardPermission.Orders.ORDERS_VIEW],
        PlannerLiveBinding.PendingReturns => [StandardPermission.Orders.RETURN_REQUESTS_VIEW],
        PlannerLiveBinding.ReviewsAwaitingApproval => [StandardPermission.Catalog.PRODUCT_REVIEWS_VIEW],
        PlannerLiveBinding.LowStock => [StandardPermission.Reports.LOW_STOCK, StandardPermission.Catalog.PRODUCTS_VIEW],
        PlannerLiveBinding.ProductsWithoutPictures => [MerchantOpsDefaults.Permissions.Planner, StandardPermission.Catalog.PRODUCTS_VIEW],
        _ => []
    };

    /// <summary>The admin screen of a binding, from the application's root.</summary>
    public static string ScreenPath(PlannerLiveBinding binding) => binding switch
    {
        PlannerLiveBinding.OrdersToPack => "/Admin/Packing/Index",
        PlannerLiveBinding.AwaitingReply => "/Admin/ProductReview/List",
        PlannerLiveBinding.YesterdaysFigures => OrderListPath,
        PlannerLiveBinding.PendingReturns => "/Admin/ReturnRequest/List",
        PlannerLiveBinding.ReviewsAwaitingApproval => "/Admin/ProductReview/List",
        PlannerLiveBinding.LowStock => "/Admin/Report/LowStock",
        PlannerLiveBinding.ProductsWithoutPictures => "/Admin/" + PlannerRoutes.ShootListController + "/List",
        _ => null
    };

    private async Task<bool> MaySeeAsync(PlannerLiveBinding binding)
    {
        var (customer, _) = await _actor.GetAsync();
        foreach (var permission in PermissionsFor(binding))
            if (!await _permissionService.AuthorizeAsync(permission, customer))
                return false;
        return true;
    }

    private async Task<PlannerLiveFigure> FigureAsync(PlannerLiveBinding binding, int storeId, int vendorId)
    {
        if (binding == PlannerLiveBinding.OrdersToPack)
        {
            var ready = await _queueService.GetReadyCountAsOfAsync(storeId);
            return new PlannerLiveFigure { Count = ready.Count, CountedOnUtc = ready.CountedOnUtc };
        }

        var nowUtc = _timeProvider.GetUtcNow().UtcDateTime;
        var day = 0;
        DateTime fromUtc = default, toUtc = default;
        if (binding == PlannerLiveBinding.YesterdaysFigures)
        {
            (fromUtc, toUtc, var yesterday) = Yesterday(nowUtc, await _timeZones.ForStoreAsync(storeId));
            day = yesterday.Year * 10000 + yesterday.Month * 100 + yesterday.Day;
        }

        var template = MerchantOpsDefaults.Planner.LiveCountCacheKey;
        var key = _staticCacheManager.PrepareKey(template, (int)binding, storeId, vendorId, day);
        // nopCommerce gives a prepared key the store's default cache time (60 minutes) and PrepareKeyForDefaultCache
        // sets it again: the count's own minute is put back, as Packing does for its ready count.
        key.CacheTime = template.CacheTime;

        return await _staticCacheManager.GetAsync(key, async () =>
        {
            var figure = new PlannerLiveFigure { CountedOnUtc = nowUtc };
            switch (binding)
            {
                case PlannerLiveBinding.AwaitingReply:
                    figure.Count = await _query.ReviewsAwaitingReplyAsync(storeId, vendorId, nowUtc.AddDays(-PlannerLiveCountQuery.AwaitingReplyDays));
                    break;
                case PlannerLiveBinding.YesterdaysFigures:
                    (figure.Count, figure.Amount) = await _query.OrdersPlacedAsync(storeId, vendorId, fromUtc, toUtc);
                    break;
                case PlannerLiveBinding.PendingReturns:
                    figure.Count = await _query.PendingReturnsAsync(storeId, vendorId);
                    break;
                case PlannerLiveBinding.ReviewsAwaitingApproval:
                    figure.Count = await _query.ReviewsAwaitingApprovalAsync(storeId, vendorId);
                    break;
                case PlannerLiveBinding.LowStock:
                    figure.Count = await _query.LowStockAsync(vendorId);
                    break;
                case PlannerLiveBinding.ProductsWithoutPictures:
                    figure.Count = await _query.ProductsWithoutPicturesAsync(vendorId);
                    break;
            }

            return figure;
        });
    }

    /// <summary>
    /// Yesterday in the store's zone as a UTC range [from, to): from yesterday's local midnight to today's (a midnight
    /// that does not exist in the zone is moved forward by the gap, as the planner moves every local time).
    /// </summary>
    public static (DateTime FromUtc, DateTime ToUtc, DateOnly Yesterday) Yesterday(DateTime nowUtc, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone));
        var yesterday = today.AddDays(-1);
        var zoneId = PlannerStoreTime.IcalZoneId(zone);
        return (PlannerStoreTime.ToUtc(yesterday.ToDateTime(TimeOnly.MinValue), zoneId),
            PlannerStoreTime.ToUtc(today.ToDateTime(TimeOnly.MinValue), zoneId), yesterday);
    }

    /// <summary>An amount of the primary store currency as nopCommerce's admin shows it (its format, no tax suffix).</summary>
    private async Task<string> MoneyAsync(decimal amount)
    {
        var currency = await _currencyService.GetCurrencyByIdAsync(_currencySettings.PrimaryStoreCurrencyId);
        if (currency == null)
            return amount.ToString("N2", await _display.CultureAsync());

        var language = await _workContext.GetWorkingLanguageAsync();
        return await _priceFormatter.FormatPriceAsync(amount, true, currency, language?.Id ?? 0, false, false);
    }

    private string PathBase() => _httpContextAccessor.HttpContext?.Request.PathBase.Value ?? string.Empty;
}
