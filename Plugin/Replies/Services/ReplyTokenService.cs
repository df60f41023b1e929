using Nop.Core.Domain.Messages;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Services.Messages;
using Nop.Services.Shipping;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Render;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// Fills replies with nopCommerce's own message tokens: IMessageTokenProvider gives the tokens (store with the
/// email account, order in the customer's language, customer, the order's latest shipment), ITokenizer replaces
/// them — the body with every value HTML-encoded (htmlEncode = true), the subject as nopCommerce does for its own
/// emails (not encoded: it is a plain-text header; screens encode it when they show it).
/// </summary>
public class ReplyTokenService : IReplyTokenService
{
    private static readonly string[] OrderGroups = [TokenGroupNames.StoreTokens, TokenGroupNames.CustomerTokens, TokenGroupNames.OrderTokens, TokenGroupNames.ShipmentTokens];
    private static readonly string[] CustomerGroups = [TokenGroupNames.StoreTokens, TokenGroupNames.CustomerTokens];

    private readonly ReplyEmailAccounts _emailAccounts;
    private readonly IMessageTokenProvider _messageTokenProvider;
    private readonly ReplyRecipientService _recipients;
    private readonly IShipmentService _shipmentService;
    private readonly ITokenizer _tokenizer;

    public ReplyTokenService(ReplyEmailAccounts emailAccounts,
        IMessageTokenProvider messageTokenProvider,
        ReplyRecipientService recipients,
        IShipmentService shipmentService,
        ITokenizer tokenizer)
    {
        _emailAccounts = emailAccounts;
        _messageTokenProvider = messageTokenProvider;
        _recipients = recipients;
        _shipmentService = shipmentService;
        _tokenizer = tokenizer;
    }

    public async Task<IList<string>> GetAllowedTokensAsync(ReplyContextKind kind) =>
        (await _messageTokenProvider.GetListOfAllowedTokensAsync(kind == ReplyContextKind.Order ? OrderGroups : CustomerGroups)).ToList();

    public async Task<RenderedReply> RenderForOrderAsync(int orderId, string subject, string body, int languageId = 0) =>
        (await RenderAsync(await _recipients.FindAsync(orderId, 0, languageId), subject, body)).Rendered;

    public async Task<RenderedReply> RenderForCustomerAsync(int customerId, string subject, string body, int languageId = 0) =>
        (await RenderAsync(await _recipients.FindAsync(0, customerId, languageId), subject, body)).Rendered;

    /// <summary>
    /// Renders for the recipient <see cref="ReplyRecipientService"/> found (who it is and whether the current user may
    /// see them is decided there, not here), and returns what was loaded on the way, for the send service.
    /// </summary>
    public async Task<ReplyRendering> RenderAsync(ReplyRecipient recipient, string subject, string body)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        if (!recipient.Found)
            return ReplyRendering.NotFound(recipient.NotFoundKey);

        var order = recipient.Order;
        var customer = recipient.Customer;
        var store = recipient.Store;
        var vendorId = recipient.VendorId;
        var languageId = recipient.LanguageId;
        var emailAccount = await _emailAccounts.GetDefaultAsync();

        // Without a template (the card asks only who would receive it) nopCommerce's tokens are not built: the order
        // tokens render the whole product table, on every order page view.
        var hasTemplate = !string.IsNullOrWhiteSpace(subject) || !string.IsNullOrWhiteSpace(body);
        var tokens = new List<Token>();
        // nopCommerce's store tokens need an account; without one the preview still renders (Store.Email empty).
        if (hasTemplate)
            await _messageTokenProvider.AddStoreTokensAsync(tokens, store, emailAccount ?? new EmailAccount { Email = string.Empty }, languageId);
        if (hasTemplate && customer != null)
            await _messageTokenProvider.AddCustomerTokensAsync(tokens, customer);

        var warnings = new List<string>();
        var allowed = await GetAllowedTokensAsync(order != null ? ReplyContextKind.Order : ReplyContextKind.Customer);
        if (order != null && hasTemplate)
        {
            await _messageTokenProvider.AddOrderTokensAsync(tokens, order, languageId, vendorId);
            var shipment = (await _shipmentService.GetShipmentsByOrderIdAsync(order.Id, vendorId: vendorId))
                .OrderByDescending(s => s.CreatedOnUtc).ThenByDescending(s => s.Id).FirstOrDefault();
            if (shipment != null)
                await _messageTokenProvider.AddShipmentTokensAsync(tokens, shipment, languageId);
            else
            {
                // Shipment placeholders become empty rather than staying as typed in the customer's email.
                foreach (var placeholder in allowed.Where(token => token.StartsWith("%Shipment.", StringComparison.Ordinal)))
                    tokens.Add(new Token(ReplyTokens.KeyOf(placeholder), string.Empty));
                if (ReplyTokens.FindPlaceholders(subject + "\n" + body).Any(token => token.StartsWith("%Shipment.", StringComparison.Ordinal)))
                    warnings.Add(Keys.NoShipment);
            }
        }

        if (recipient.ToEmail == null)
            warnings.Add(Keys.NoEmailAddress);
        if (emailAccount == null)
            warnings.Add(Keys.NoEmailAccount);

        var produced = tokens.Select(token => "%" + token.Key + "%").ToHashSet(StringComparer.Ordinal);
        var unknown = ReplyTokens.FindUnknown(new[] { subject, body }, allowed.Where(produced.Contains));

        var rendered = new RenderedReply
        {
            Found = true,
            Subject = Replace(subject, tokens, false),
            Body = Replace(body, tokens, true),
            LanguageId = languageId,
            ToEmail = recipient.ToEmail,
            ToName = recipient.ToName,
            UnknownTokens = unknown.ToList(),
            WarningKeys = warnings
        };

        return new ReplyRendering(rendered, Keys.OrderNotFound, order, customer, store, emailAccount);
    }

    private string Replace(string template, IList<Token> tokens, bool htmlEncode) =>
        // nopCommerce's tokenizer refuses a blank template.
        string.IsNullOrWhiteSpace(template) ? template ?? string.Empty : _tokenizer.Replace(template, tokens, htmlEncode);
}
