using System.Globalization;
using CsvHelper;
using Nop.Core.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Models;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Services.Configuration;
using Nop.Services.Media;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Factories;

/// <summary>What is printed or exported for a batch: the pick list (page and CSV) and the packaging slips.</summary>
public partial class PackingPrintModelFactory
{
    private static readonly string[] CsvHeaderKeys =
    [
        "Plugins.Misc.MerchantOps.Packing.PickList.Column.Warehouse",
        "Plugins.Misc.MerchantOps.Packing.PickList.Column.Sku",
        "Plugins.Misc.MerchantOps.Packing.PickList.Column.Gtin",
        "Plugins.Misc.MerchantOps.Packing.PickList.Column.Product",
        "Plugins.Misc.MerchantOps.Packing.PickList.Column.Attributes",
        "Plugins.Misc.MerchantOps.Packing.PickList.Column.Quantity",
        "Plugins.Misc.MerchantOps.Packing.PickList.Column.Orders"
    ];

    private readonly IPackingBatchService _batchService;
    private readonly PackingDisplay _display;
    /// <summary>Longest side of the logo on a slip, in pixels (nopCommerce makes and caches the thumbnail).</summary>
    public const int LogoSize = 300;

    private readonly PackingOrderQuery _orderQuery;
    private readonly IPictureService _pictureService;
    private readonly IPickListService _pickListService;
    private readonly ISettingService _settingService;
    private readonly IStoreService _storeService;
    private readonly TimeProvider _timeProvider;

    public PackingPrintModelFactory(IPackingBatchService batchService,
        PackingDisplay display,
        PackingOrderQuery orderQuery,
        IPictureService pictureService,
        IPickListService pickListService,
        ISettingService settingService,
        IStoreService storeService,
        TimeProvider timeProvider)
    {
        _batchService = batchService;
        _display = display;
        _orderQuery = orderQuery;
        _pictureService = pictureService;
        _pickListService = pickListService;
        _settingService = settingService;
        _storeService = storeService;
        _timeProvider = timeProvider;
    }

    /// <summary>Null when the batch does not exist or belongs to another vendor.</summary>
    public virtual async Task<PickListModel> PreparePickListModelAsync(int batchId)
    {
        var pickList = await _pickListService.GetPickListAsync(batchId);
        if (pickList == null)
            return null;

        var noWarehouse = await _display.TextAsync("Plugins.Misc.MerchantOps.Packing.PickList.NoWarehouse");
        return new PickListModel
        {
            BatchId = pickList.BatchId,
            BatchName = await _display.BatchTitleAsync(pickList.BatchId, pickList.BatchName),
            PrintedOn = await _display.DateAsync(_timeProvider.GetUtcNow().UtcDateTime),
            TotalQuantity = pickList.TotalQuantity,
            OrderCount = pickList.Lines.SelectMany(line => line.OrderNumbers).Distinct(StringComparer.Ordinal).Count(),
            Lines = pickList.Lines.Select(line => new PickListLineModel
            {
                Warehouse = string.IsNullOrEmpty(line.WarehouseName) ? noWarehouse : line.WarehouseName,
                Sku = line.Sku,
                Gtin = line.Gtin,
                ProductName = line.ProductName,
                AttributesHtml = line.AttributesHtml,
                Quantity = line.TotalQuantity,
                Orders = string.Join(", ", line.OrderNumbers)
            }).ToList()
        };
    }

    /// <summary>
    /// The pick list as CSV (UTF-8 with a byte order mark, so that spreadsheet programs read accents right); cells
    /// that a spreadsheet would run as a formula are escaped. Null when the batch is not visible.
    /// </summary>
    public virtual async Task<byte[]> PreparePickListCsvAsync(int batchId)
    {
        var model = await PreparePickListModelAsync(batchId);
        if (model == null)
            return null;

        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        var headers = new List<string>();
        foreach (var key in CsvHeaderKeys)
            headers.Add(await _display.TextAsync(key));

        using var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            csv.WriteRecord(headers.ToArray());
            foreach (var line in model.Lines)
                csv.WriteRecord(new[]
                {
                    line.Warehouse, line.Sku, line.Gtin, line.ProductName, HtmlToPlainText.OneLine(line.AttributesHtml),
                    line.Quantity.ToString(CultureInfo.InvariantCulture), line.Orders
                });
        }

        return stream.ToArray();
    }

    /// <summary>One slip per order still in the batch (skipped and removed orders are not packed). Null when the batch is not visible.</summary>
    public virtual async Task<PackagingSlipsModel> PrepareSlipsModelAsync(int batchId)
    {
        var details = await _batchService.GetBatchAsync(batchId);
        if (details == null)
            return null;

        var batchOrders = details.Orders.Where(order => order.Status is not (PackingOrderStatus.Skipped or PackingOrderStatus.Removed)).ToList();
        var packOrders = (await _pickListService.GetPackOrdersAsync(batchId) ?? []).ToDictionary(order => order.BatchOrderId);
        var orders = await _orderQuery.GetOrdersAsync(batchOrders.Select(order => order.OrderId));
        var stores = (await _storeService.GetAllStoresAsync()).ToDictionary(store => store.Id);
        var model = new PackagingSlipsModel { BatchId = batchId, BatchName = await _display.BatchTitleAsync(batchId, details.Batch.Name) };
        var logos = new Dictionary<int, string>();

        foreach (var batchOrder in batchOrders)
        {
            packOrders.TryGetValue(batchOrder.BatchOrderId, out var pack);
            orders.TryGetValue(batchOrder.OrderId, out var info);
            stores.TryGetValue(info?.StoreId ?? 0, out var store);
            var storeId = store?.Id ?? 0;
            if (!logos.TryGetValue(storeId, out var logoUrl))
                logos[storeId] = logoUrl = await LogoUrlAsync(storeId);

            model.Slips.Add(new PackagingSlipModel
            {
                StoreName = store?.Name,
                StoreLogoUrl = logoUrl,
                StoreUrl = store?.Url,
                StoreAddressLines = new[] { store?.CompanyName, store?.CompanyAddress, store?.CompanyPhoneNumber }
                    .Where(line => !string.IsNullOrWhiteSpace(line)).ToList(),
                OrderNumber = batchOrder.OrderNumber,
                OrderDate = info == null ? string.Empty : await _display.DateAsync(info.CreatedOnUtc),
                ShippingMethod = info?.ShippingMethod,
                ShipToName = info?.CustomerName,
                ShipToAddressLines = info?.ShipToAddressLines.ToList() ?? new List<string>(),
                CheckoutAttributesHtml = info?.CheckoutAttributesHtml,
                CustomerNotes = info?.CustomerNotes.ToList() ?? new List<string>(),
                Items = (pack?.Lines ?? []).Select(line => new PackagingSlipItemModel
                {
                    ProductName = line.ProductName,
                    Sku = line.Sku,
                    AttributesHtml = line.AttributesHtml,
                    Quantity = line.Quantity
                }).ToList()
            });
        }

        return model;
    }

    /// <summary>
    /// The store's logo (General settings → Store logo, StoreInformationSettings.LogoPictureId, per store), or null
    /// when none is set: no default picture on a packaging slip.
    /// </summary>
    private async Task<string> LogoUrlAsync(int storeId)
    {
        var settings = await _settingService.LoadSettingAsync<StoreInformationSettings>(storeId);
        if (settings.LogoPictureId <= 0)
            return null;

        var url = await _pictureService.GetPictureUrlAsync(settings.LogoPictureId, LogoSize, showDefaultPicture: false);
        return string.IsNullOrEmpty(url) ? null : url;
    }
}
