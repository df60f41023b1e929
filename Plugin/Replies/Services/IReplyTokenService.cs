using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// nopCommerce's message tokens for replies: the allowed list, and rendering through nopCommerce's
/// IMessageTokenProvider and ITokenizer with every value HTML-encoded.
/// </summary>
public interface IReplyTokenService
{
    /// <summary>The placeholders (like "%Order.OrderNumber%") a reply may use in that context.</summary>
    Task<IList<string>> GetAllowedTokensAsync(ReplyContextKind kind);

    /// <summary>
    /// The subject and body filled with the order's data (store, customer, order, latest shipment).
    /// languageId 0 = the customer's language. Not found when the order does not exist or (vendor) has none of
    /// the vendor's items.
    /// </summary>
    Task<RenderedReply> RenderForOrderAsync(int orderId, string subject, string body, int languageId = 0);

    /// <summary>The subject and body filled with the customer's and store's data.</summary>
    Task<RenderedReply> RenderForCustomerAsync(int customerId, string subject, string body, int languageId = 0);
}
