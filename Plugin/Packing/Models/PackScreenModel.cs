using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>The pack screen: one order of a batch, its items and the ship form.</summary>
public record PackScreenModel : BaseNopModel
{
    public int BatchId { get; set; }
    public string BatchName { get; set; }
    public string BatchState { get; set; }

    /// <summary>Scanning and shipping are possible (the batch is in Packing).</summary>
    public bool IsPacking { get; set; }

    /// <summary>The batch is open or being picked: packing can be started from here.</summary>
    public bool CanStartPacking { get; set; }

    public int BatchOrdersDone { get; set; }
    public int BatchOrdersTotal { get; set; }

    /// <summary>No order is left to pack in the batch.</summary>
    public bool NothingLeft { get; set; }

    public int BatchOrderId { get; set; }
    public int OrderId { get; set; }
    public string OrderNumber { get; set; }
    /// <summary>Ship-to name (text; the view encodes it).</summary>
    public string ShipToName { get; set; }

    /// <summary>Ship-to address without the name, one line each: company, street, postcode and city, country, phone.</summary>
    public IList<string> ShipToAddressLines { get; set; } = new List<string>();
    public string ShippingMethod { get; set; }
    public int StatusId { get; set; }
    public string Status { get; set; }
    public string StatusCssClass { get; set; }
    public string Problem { get; set; }
    public string Note { get; set; }
    public bool VerifiedManually { get; set; }
    public bool AllVerified { get; set; }

    /// <summary>Packed (or shipping failed and can be retried): the ship form is shown.</summary>
    public bool CanShip { get; set; }

    /// <summary>The last ship attempt failed and may pass now: the ship button reads "Retry shipping".</summary>
    public bool CanRetryShip { get; set; }

    public bool IsShipped { get; set; }
    public bool CanOverride { get; set; }

    /// <summary>What the screen waits for, read by packing.js: "pending" (scans), "packed" (ship form), "problem", "shipped".</summary>
    public string ScreenState { get; set; }
    public IList<PackLineModel> Lines { get; set; } = new List<PackLineModel>();
}
