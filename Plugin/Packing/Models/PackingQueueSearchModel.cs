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
