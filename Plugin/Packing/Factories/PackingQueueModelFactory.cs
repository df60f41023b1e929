using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Misc.MerchantOps.Configuration.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Models;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Services.Localization;
using Nop.Services.Stores;
using Nop.Web.Areas.Admin.Factories;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Factories;

/// <summary>The Packing page: ready count, filters and the queue grid.</summary>
public class PackingQueueModelFactory
{
    public const int QueuePageSize = 50;

    /// <summary>The ages the filter offers, in hours.</summary>
    private static readonly int[] Ages = [24, 48, 72, 168];

    private readonly IBaseAdminModelFactory _baseAdminModelFactory;
    private readonly PackingDisplay _display;
    private readonly ILocalizationService _localizationService;
    private readonly PackingOrderQuery _orderQuery;
    private readonly IPackingQueueService _queueService;
    private readonly MerchantOpsSettings _settings;
    private readonly IStoreService _storeService;
    private readonly TimeProvider _timeProvider;

    public PackingQueueModelFactory(IBaseAdminModelFactory baseAdminModelFactory,
        PackingDisplay display,
        ILocalizationService localizationService,
        PackingOrderQuery orderQuery,
        IPackingQueueService queueService,
        MerchantOpsSettings settings,
        IStoreService storeService,
        TimeProvider timeProvider)
    {
        _baseAdminModelFactory = baseAdminModelFactory;
        _display = display;
        _localizationService = localizationService;
        _orderQuery = orderQuery;
        _queueService = queueService;
        _settings = settings;
        _storeService = storeService;
        _timeProvider = timeProvider;
    }

    public virtual async Task<PackingQueuePageModel> PrepareQueuePageModelAsync()
    {
        var search = new PackingQueuePageModel
        {
            NextCount = _settings.PackingDefaultBatchSize is >= SettingsRules.MinBatchSize and <= SettingsRules.MaxBatchSize
                ? _settings.PackingDefaultBatchSize
                : SettingsRules.MinBatchSize,
            MaxBatchSize = PackingLimits.MaxOrdersPerBatch
        };
        search.SetGridPageSize(QueuePageSize, "20, 50, 100");
        await _baseAdminModelFactory.PrepareStoresAsync(search.AvailableStores);
        await _baseAdminModelFactory.PrepareWarehousesAsync(search.AvailableWarehouses);
        search.HideStoresList = search.AvailableStores.Count <= 2;

        var any = await _display.TextAsync("Plugins.Misc.MerchantOps.Packing.Ui.Any");
        search.AvailableCountries.Add(new SelectListItem(any, "0"));
        foreach (var country in await _orderQuery.GetShippingCountriesAsync())
            search.AvailableCountries.Add(country);

        search.AvailableAges.Add(new SelectListItem(any, "0"));
        foreach (var hours in Ages)
            search.AvailableAges.Add(new SelectListItem(await _display.FormatAsync("Plugins.Misc.MerchantOps.Packing.Queue.OlderThan", hours), hours.ToString()));

        var ready = await _queueService.GetReadyCountAsOfAsync();
        search.ReadyCount = ready.Count;
        search.ReadyCountAsOf = await _display.FormatAsync(PackingResourceKeys.Queue.ReadyCountAsOf, await _display.TimeAsync(ready.CountedOnUtc));
        return search;
    }

    public virtual async Task<PackingQueueListModel> PrepareQueueListModelAsync(PackingQueueSearchModel search)
    {
        var pageSize = Math.Clamp(search.PageSize, 1, PackingLimits.MaxQueuePageSize);
        var page = await _queueService.GetQueueAsync(ToFilter(search), Math.Max(0, search.Start / pageSize), pageSize);

        var countries = await _orderQuery.GetCountryNamesAsync(page.Select(row => row.CountryId ?? 0));
        var stores = (await _storeService.GetAllStoresAsync()).ToDictionary(store => store.Id, store => store.Name);
        var now = _timeProvider.GetUtcNow().UtcDateTime;

        return await new PackingQueueListModel().PrepareToGridAsync(search, page, () => page.SelectAwait(async row => new PackingQueueRowModel
        {
            Id = row.OrderId,
            OrderNumber = row.OrderNumber,
            CreatedOn = await _display.DateAsync(row.CreatedOnUtc),
            Age = await _display.AgeAsync(now - row.CreatedOnUtc),
            CustomerName = $"{row.ShipToFirstName} {row.ShipToLastName}".Trim(),
            Country = countries.TryGetValue(row.CountryId ?? 0, out var country) ? country : string.Empty,
            ShippingMethod = row.ShippingMethod,
            ItemCount = row.ItemCount,
            PaymentStatus = await _localizationService.GetLocalizedEnumAsync((PaymentStatus)row.PaymentStatusId),
            StoreName = stores.TryGetValue(row.StoreId, out var store) ? store : string.Empty
        }));
    }

    /// <summary>The service's filter from what the page posted (0 and blanks mean "any").</summary>
    public static PackingQueueFilter ToFilter(PackingQueueSearchModel search) => new()
    {
        StoreId = Math.Max(0, search.StoreId),
        ShippingMethod = string.IsNullOrWhiteSpace(search.ShippingMethod) ? null : search.ShippingMethod.Trim(),
        WarehouseId = Math.Max(0, search.WarehouseId),
        CountryId = Math.Max(0, search.CountryId),
        MinAgeHours = search.MinAgeHours > 0 ? search.MinAgeHours : null,
        ProductId = Math.Max(0, search.ProductId)
    };
}
