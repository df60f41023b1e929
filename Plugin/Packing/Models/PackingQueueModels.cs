using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>The queue's filters, posted by the grid and by "next N oldest".</summary>
public record PackingQueueSearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Packing.Queue.Store")]
    public int StoreId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Packing.Queue.ShippingMethod")]
    public string ShippingMethod { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Packing.Queue.Warehouse")]
    public int WarehouseId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Packing.Queue.Country")]
    public int CountryId { get; set; }

    /// <summary>Orders placed at least this many hours ago (0 = any age).</summary>
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Packing.Queue.MinAge")]
    public int MinAgeHours { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Packing.Queue.Product")]
    public int ProductId { get; set; }

    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();
    public IList<SelectListItem> AvailableWarehouses { get; set; } = new List<SelectListItem>();
    public IList<SelectListItem> AvailableCountries { get; set; } = new List<SelectListItem>();
    public IList<SelectListItem> AvailableAges { get; set; } = new List<SelectListItem>();

    public bool HideStoresList { get; set; }
}

/// <summary>
/// The Packing page: how many orders wait, the filters, the grid and the batch buttons. Also what "next N oldest"
/// posts (the filters, N and the name).
/// </summary>
public record PackingQueuePageModel : PackingQueueSearchModel
{
    /// <summary>Orders ready to pack in every store (cached for at most a minute).</summary>
    public int ReadyCount { get; set; }

    /// <summary>Proposed size of "next N oldest" (the PackingDefaultBatchSize setting).</summary>
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Packing.Queue.NextCount")]
    public int NextCount { get; set; }

    public int MaxBatchSize { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Packing.Queue.BatchName")]
    public string BatchName { get; set; }
}

/// <summary>One order of the queue grid (values are encoded by the grid).</summary>
public record PackingQueueRowModel : BaseNopEntityModel
{
    public string OrderNumber { get; set; }
    public string CreatedOn { get; set; }
    public string Age { get; set; }
    public string CustomerName { get; set; }
    public string Country { get; set; }
    public string ShippingMethod { get; set; }
    public int ItemCount { get; set; }
    public string PaymentStatus { get; set; }
    public string StoreName { get; set; }
}

public record PackingQueueListModel : BasePagedListModel<PackingQueueRowModel>;

/// <summary>"Create batch from selected": the ticked order ids.</summary>
public record CreateBatchFromSelectionModel : BaseNopModel
{
    /// <summary>
    /// One form value per ticked checkbox. An array, not a List&lt;int&gt;: nopCommerce registers a comma-list type
    /// converter for List&lt;int&gt;, so MVC would bind only the first ticked order.
    /// </summary>
    public int[] SelectedOrderIds { get; set; } = [];

    public string BatchName { get; set; }
}
