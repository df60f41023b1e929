namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

public enum ReplyContextKind
{
    /// <summary>Store, customer, order and shipment tokens.</summary>
    Order,

    /// <summary>Store and customer tokens.</summary>
    Customer
}

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

public class RenderedReply
{
    public bool Found { get; init; }

    public string Subject { get; init; }

    /// <summary>HTML: the template's own HTML, with token values encoded.</summary>
    public string Body { get; init; }

    /// <summary>The language the tokens were rendered in.</summary>
    public int LanguageId { get; init; }

    public string ToEmail { get; init; }

    public string ToName { get; init; }

    /// <summary>Placeholders in the subject or body that are not allowed tokens (left as typed).</summary>
    public IList<string> UnknownTokens { get; init; } = new List<string>();

    /// <summary>Resource keys of warnings: no shipment yet, no email address, no email account.</summary>
    public IList<string> WarningKeys { get; init; } = new List<string>();
}
