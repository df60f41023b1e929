using Microsoft.AspNetCore.Mvc.Rendering;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

/// <summary>
/// The replies card of nopCommerce's order page (OrderId > 0) or customer page (OrderId = 0). It sits inside
/// nopCommerce's own order/customer form, so its fields have no names (nothing of it is posted with that form) and it
/// talks to the plugin through AJAX only.
/// </summary>
public record ReplyCardModel
{
    public int OrderId { get; set; }
    public int CustomerId { get; set; }
    public bool FromOrder => OrderId > 0;

    /// <summary>Idempotency key of the next send: a double click, a second tab or a retry send once.</summary>
    public Guid SendKey { get; set; }

    public string CustomerName { get; set; }
    public string CustomerEmail { get; set; }
    public bool HasEmail => !string.IsNullOrWhiteSpace(CustomerEmail);

    /// <summary>The language the customer reads (their own, else the order's, else the store's).</summary>
    public int CustomerLanguageId { get; set; }

    public IList<SelectListItem> AvailableLanguages { get; set; } = new List<SelectListItem>();
    public IList<ReplyTokenModel> Tokens { get; set; } = new List<ReplyTokenModel>();
}
