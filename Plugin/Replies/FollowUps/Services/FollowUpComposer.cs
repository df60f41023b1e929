using System.Net;
using System.Text;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Services.Catalog;
using Nop.Services.Directory;
using Nop.Services.Localization;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain.FollowUpResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// A rule's email for one candidate. The reply comes from the library in the candidate's language (its fallback said
/// by <see cref="FollowUpMessage.FellBack"/>) and is rendered by the replies' token service with nopCommerce's tokens
/// (order tokens for review requests and unpaid orders, customer tokens for carts), values HTML-encoded. Then the
/// rule's block in the message's language — one link per product of the order not reviewed yet, the cart's lines and
/// a link back to it, or a link to the order — and the unsubscribe link. Every customer-typed text (product names
/// included: a vendor types them) is encoded; links come from <see cref="IFollowUpLinks"/> and are encoded as attributes.
/// The recipient is found without the current user's vendor restriction: a schedule task has no signed-in staff.
/// </summary>
public class FollowUpComposer : IFollowUpComposer
{
    private readonly ICurrencyService _currencyService;
    private readonly CurrencySettings _currencySettings;
    private readonly ICannedReplyService _library;
    private readonly IFollowUpLinks _links;
    private readonly ILocalizationService _localizationService;
    private readonly ILocalizedEntityService _localizedEntityService;
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IPriceFormatter _priceFormatter;
    private readonly IRepository<Product> _products;
    private readonly ReplyRecipientService _recipients;
    private readonly IRepository<ProductReview> _reviews;
    private readonly IRepository<ShoppingCartItem> _cartItems;
    private readonly ReplyTokenService _tokens;

    public FollowUpComposer(ICurrencyService currencyService,
        CurrencySettings currencySettings,
        ICannedReplyService library,
        IFollowUpLinks links,
        ILocalizationService localizationService,
        ILocalizedEntityService localizedEntityService,
        IRepository<OrderItem> orderItems,
        IPriceFormatter priceFormatter,
        IRepository<Product> products,
        ReplyRecipientService recipients,
        IRepository<ProductReview> reviews,
        IRepository<ShoppingCartItem> cartItems,
        ReplyTokenService tokens)
    {
        _currencyService = currencyService;
        _currencySettings = currencySettings;
        _library = library;
        _links = links;
        _localizationService = localizationService;
        _localizedEntityService = localizedEntityService;
        _orderItems = orderItems;
        _priceFormatter = priceFormatter;
        _products = products;
        _recipients = recipients;
        _reviews = reviews;
        _cartItems = cartItems;
        _tokens = tokens;
    }

    public async Task<FollowUpMessage> ComposeAsync(FollowUpRule rule, FollowUpCandidate candidate, Guid clickToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(candidate);

        var resolved = await _library.ResolveForLanguageAsync(rule.ReplyId, candidate.LanguageId);
        var reply = resolved.Reply;
        if (reply == null)
            return Skip(Keys.Skip.ReplyDeleted, rule.ReplyId);

        // The message is written in one language: the version's own, or (a version for all languages) the customer's.
        var languageId = reply.LanguageId > 0 ? reply.LanguageId : candidate.LanguageId;
        var forCart = candidate.Trigger == FollowUpTrigger.AbandonedCart;
        var recipient = await _recipients.FindForAutomaticSendAsync(forCart ? 0 : candidate.OrderId, candidate.CustomerId, languageId, candidate.StoreId);
        if (!recipient.Found || forCart && recipient.Customer?.Id != candidate.CustomerId
            || !forCart && recipient.Order?.CustomerId != candidate.CustomerId)
            return Skip(Keys.Skip.TargetGone, reply.Id, resolved.FellBack);
        if (recipient.ToEmail == null)
            return Skip(Keys.Skip.NoEmail, reply.Id, resolved.FellBack);

        var rendering = await _tokens.RenderAsync(recipient, reply.Subject, reply.Body);
        languageId = recipient.LanguageId;
        var storeId = recipient.Store?.Id ?? candidate.StoreId;

        var block = new StringBuilder();
        var skip = candidate.Trigger switch
        {
            FollowUpTrigger.ReviewRequest => await AppendReviewLinksAsync(block, candidate, storeId, clickToken, languageId),
            FollowUpTrigger.AbandonedCart => await AppendCartAsync(block, candidate, storeId, clickToken, languageId),
            FollowUpTrigger.UnpaidOrder => await AppendOrderLinkAsync(block, candidate, storeId, clickToken, languageId),
            _ => throw new InvalidOperationException($"Follow-up rule {rule.Id}: unknown trigger {rule.TriggerId}.")
        };
        if (skip != null)
            return Skip(skip, reply.Id, resolved.FellBack);

        await AppendUnsubscribeAsync(block, candidate, storeId, clickToken, languageId);

        return new FollowUpMessage
        {
            ReplyId = reply.Id,
            LanguageId = languageId,
            FellBack = resolved.FellBack,
            ToEmail = recipient.ToEmail,
            ToName = recipient.ToName,
            Subject = rendering.Rendered.Subject,
            Body = rendering.Rendered.Body + block
        };
    }

    /// <summary>One link per product of the order the customer has not reviewed yet; null when there is one at least.</summary>
    private async Task<string> AppendReviewLinksAsync(StringBuilder block, FollowUpCandidate candidate, int storeId, Guid clickToken, int languageId)
    {
        var orderId = candidate.OrderId;
        var customerId = candidate.CustomerId;
        var products = await (from item in _orderItems.Table
                              join product in _products.Table on item.ProductId equals product.Id
                              where item.OrderId == orderId && !product.Deleted
                                  && !_reviews.Table.Any(review => review.CustomerId == customerId && review.ProductId == product.Id)
                              select new { product.Id, product.Name }).Distinct().ToListAsync();
        if (products.Count == 0)
            return Keys.Skip.NothingToReview;

        block.Append("<p>").Append(Encode(await TextAsync(Keys.Email.ReviewIntro, languageId))).Append("</p><ul>");
        var linkFormat = await TextAsync(Keys.Email.ReviewLink, languageId);
        foreach (var product in products.OrderBy(p => p.Id))
        {
            var name = await ProductNameAsync(product.Id, product.Name, languageId);
            var url = await _links.TrackedUrlAsync(storeId, clickToken, $"review-{product.Id}");
            block.Append("<li><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(string.Format(linkFormat, name))).Append("</a></li>");
        }
        block.Append("</ul>");
        return null;
    }

    /// <summary>The cart's lines (name, quantity, price at today's price) and a link back to the cart; null unless it is empty.</summary>
    private async Task<string> AppendCartAsync(StringBuilder block, FollowUpCandidate candidate, int storeId, Guid clickToken, int languageId)
    {
        var customerId = candidate.CustomerId;
        var cartStoreId = candidate.StoreId;
        var lines = await (from item in _cartItems.Table
                           join product in _products.Table on item.ProductId equals product.Id
                           where item.CustomerId == customerId && item.ShoppingCartTypeId == (int)ShoppingCartType.ShoppingCart
                               && (cartStoreId == 0 || item.StoreId == cartStoreId) && !product.Deleted
                           orderby item.Id
                           select new { item.Quantity, product.Id, product.Name, product.Price }).ToListAsync();
        if (lines.Count == 0)
            return Keys.Skip.CartEmpty;

        var currency = await _currencyService.GetCurrencyByIdAsync(_currencySettings.PrimaryStoreCurrencyId);
        var lineFormat = await TextAsync(Keys.Email.CartLine, languageId);
        block.Append("<p>").Append(Encode(await TextAsync(Keys.Email.CartIntro, languageId))).Append("</p><ul>");
        foreach (var line in lines)
        {
            var name = await ProductNameAsync(line.Id, line.Name, languageId);
            var amount = line.Price * line.Quantity;
            var price = currency != null
                ? await _priceFormatter.FormatPriceAsync(amount, true, currency, languageId, false, false)
                : amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            block.Append("<li>").Append(Encode(string.Format(lineFormat, name, line.Quantity, price))).Append("</li>");
        }
        block.Append("</ul>");
        await AppendLinkAsync(block, storeId, clickToken, "cart", Keys.Email.BackToCart, languageId);
        return null;
    }

    private async Task<string> AppendOrderLinkAsync(StringBuilder block, FollowUpCandidate candidate, int storeId, Guid clickToken, int languageId)
    {
        await AppendLinkAsync(block, storeId, clickToken, $"order-{candidate.OrderId}", Keys.Email.SeeOrder, languageId);
        return null;
    }

    private async Task AppendLinkAsync(StringBuilder block, int storeId, Guid clickToken, string target, string textKey, int languageId)
    {
        var url = await _links.TrackedUrlAsync(storeId, clickToken, target);
        block.Append("<p><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(await TextAsync(textKey, languageId))).Append("</a></p>");
    }

    private async Task AppendUnsubscribeAsync(StringBuilder block, FollowUpCandidate candidate, int storeId, Guid clickToken, int languageId)
    {
        var url = await _links.UnsubscribeUrlAsync(storeId, candidate.CustomerId, clickToken);
        block.Append("<p style=\"font-size:small;color:#777\">").Append(Encode(await TextAsync(Keys.Email.UnsubscribeText, languageId)))
            .Append(" <a href=\"").Append(Encode(url)).Append("\">").Append(Encode(await TextAsync(Keys.Email.Unsubscribe, languageId))).Append("</a></p>");
    }

    private async Task<string> ProductNameAsync(int productId, string name, int languageId)
    {
        var localized = languageId > 0 ? await _localizedEntityService.GetLocalizedValueAsync(languageId, productId, nameof(Product), nameof(Product.Name)) : null;
        return string.IsNullOrWhiteSpace(localized) ? name : localized;
    }

    private Task<string> TextAsync(string key, int languageId) => _localizationService.GetResourceAsync(key, languageId);

    private static string Encode(string text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static FollowUpMessage Skip(string reason, int replyId, bool fellBack = false) =>
        new() { SkipReason = reason, ReplyId = replyId, FellBack = fellBack };
}
