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

public record PackLineModel
{
    public int BatchItemId { get; set; }
    public string ProductName { get; set; }
    public string Sku { get; set; }
    public string Gtin { get; set; }
    public string ManufacturerPartNumber { get; set; }
    public string AttributesHtml { get; set; }
    public string Warehouse { get; set; }
    public int Quantity { get; set; }
    public int VerifiedQuantity { get; set; }
}

/// <summary>Posted by the pack screen (AJAX).</summary>
public record PackScanRequestModel : BaseNopModel
{
    public int BatchId { get; set; }
    public int BatchOrderId { get; set; }
    public string Code { get; set; }
}

public record PackShipRequestModel : BaseNopModel
{
    public int BatchId { get; set; }
    public int BatchOrderId { get; set; }
    public string TrackingNumber { get; set; }

    /// <summary>Typed text, parsed with the admin's culture (a comma in French).</summary>
    public string Weight { get; set; }
}

public record PackOverrideRequestModel : BaseNopModel
{
    public int BatchId { get; set; }
    public int BatchOrderId { get; set; }
    public string Reason { get; set; }
}

/// <summary>The answer to a scan, read by packing.js (values are set with textContent there).</summary>
public record PackScanResultModel
{
    public bool Accepted { get; set; }
    public string Outcome { get; set; }
    public string Message { get; set; }
    public int BatchItemId { get; set; }
    public int VerifiedQuantity { get; set; }
    public int Quantity { get; set; }
    public bool OrderPacked { get; set; }

    /// <summary>An order number of the batch was scanned: the pack screen opens that order.</summary>
    public int OpenBatchOrderId { get; set; }
}

public record PackShipResultModel
{
    public bool Succeeded { get; set; }
    public string Message { get; set; }
    public string Error { get; set; }

    /// <summary>Shipping failed and may pass if tried again (the screen offers "Retry shipping"); false: it needs a person.</summary>
    public bool CanRetry { get; set; }

    /// <summary>The next order to pack; 0 when none is left.</summary>
    public int NextBatchOrderId { get; set; }
    public bool BatchDone { get; set; }
}

/// <summary>The order page's packing card.</summary>
public record PackingOrderBlockModel : BaseNopModel
{
    public int OrderId { get; set; }
    public bool InBatch { get; set; }
    public int BatchId { get; set; }
    public string BatchName { get; set; }
    public string BatchState { get; set; }
    public string Status { get; set; }
    public string StatusCssClass { get; set; }
    public string Problem { get; set; }
    public string Note { get; set; }
    public string ShippedOn { get; set; }
    public bool CanPack { get; set; }
    public int BatchOrderId { get; set; }
}
