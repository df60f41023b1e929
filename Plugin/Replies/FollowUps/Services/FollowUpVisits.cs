using System.Data.Common;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// The customer's side of a follow-up, without logging in: a tracked link's arrival (the first one is recorded, by a
/// conditional update the database settles) and where it leads, and the signed unsubscribe link's checks and its opt-out
/// row (unique per customer: a replay changes nothing). Nothing from the request is ever used as a URL: a destination is
/// one of the follow-up's own (its order, a product of that order, the cart), else the home page.
/// </summary>
public class FollowUpVisits
{
    private readonly IRepository<Customer> _customers;
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<FollowUpOptOut> _optOuts;
    private readonly IRepository<Product> _products;
    private readonly IRepository<FollowUpSend> _sends;
    private readonly ISettingService _settingService;
    private readonly TimeProvider _timeProvider;

    public FollowUpVisits(IRepository<Customer> customers, IRepository<OrderItem> orderItems, IRepository<Order> orders,
        IRepository<FollowUpOptOut> optOuts, IRepository<Product> products, IRepository<FollowUpSend> sends,
        ISettingService settingService, TimeProvider timeProvider)
    {
        _customers = customers;
        _orderItems = orderItems;
        _orders = orders;
        _optOuts = optOuts;
        _products = products;
        _sends = sends;
        _settingService = settingService;
        _timeProvider = timeProvider;
    }

    private DateTime Now => _timeProvider.GetUtcNow().UtcDateTime;

    /// <summary>
    /// A tracked link's arrival: the follow-up of that token gets its first arrival time (later ones change nothing), and
    /// the link leads to its target when the target is the follow-up's own; an unknown token or target leads home.
    /// </summary>
    public async Task<FollowUpDestination> ArriveAsync(string clickToken, string target)
    {
        if (!Guid.TryParseExact(clickToken ?? string.Empty, "D", out var token))
            return FollowUpDestination.Home;

        var send = await _sends.Table.FirstOrDefaultAsync(row => row.ClickToken == token);
        if (send == null)
            return FollowUpDestination.Home;

        await _sends.RecordFirstArrivalAsync(token, Now);

        if (!FollowUpLinkTarget.TryParse(target, out var parsed))
            return FollowUpDestination.Home;

        switch (parsed.Kind)
        {
            case FollowUpLinkTargetKind.Cart:
                return new FollowUpDestination(FollowUpLinkTargetKind.Cart);

            case FollowUpLinkTargetKind.Order:
                if (send.OrderId != parsed.Id)
                    return FollowUpDestination.Home;
                var orderId = parsed.Id;
                var isCustomersOrder = await _orders.Table.AnyAsync(order => order.Id == orderId && order.CustomerId == send.CustomerId && !order.Deleted);
                return isCustomersOrder ? new FollowUpDestination(FollowUpLinkTargetKind.Order, OrderId: orderId) : FollowUpDestination.Home;

            case FollowUpLinkTargetKind.Review:
                if (send.OrderId <= 0)
                    return FollowUpDestination.Home;
                var productId = parsed.Id;
                var sendOrderId = send.OrderId;
                var inOrder = await _orderItems.Table.AnyAsync(item => item.OrderId == sendOrderId && item.ProductId == productId);
                if (!inOrder)
                    return FollowUpDestination.Home;
                var product = await _products.Table.FirstOrDefaultAsync(p => p.Id == productId && !p.Deleted);
                return product == null ? FollowUpDestination.Home : new FollowUpDestination(FollowUpLinkTargetKind.Review, Product: product);

            default:
                return FollowUpDestination.Home;
        }
    }

    /// <summary>What the unsubscribe link shows (a GET: nothing is written).</summary>
    public async Task<FollowUpUnsubscribeState> CheckUnsubscribeAsync(string customerId, string signature)
    {
        var customer = await CustomerOfLinkAsync(customerId, signature);
        if (customer == null)
            return FollowUpUnsubscribeState.Invalid;

        var id = customer.Id;
        return await _optOuts.Table.AnyAsync(row => row.CustomerId == id)
            ? FollowUpUnsubscribeState.AlreadyUnsubscribed
            : FollowUpUnsubscribeState.Subscribed;
    }

    /// <summary>
    /// The button: writes the customer's opt-out, once (unique per customer; a second click or a parallel request finds
    /// it and says so). The click token only records which follow-up the link came from (0 when it is not theirs).
    /// </summary>
    public async Task<FollowUpUnsubscribeState> UnsubscribeAsync(string customerId, string clickToken, string signature)
    {
        var customer = await CustomerOfLinkAsync(customerId, signature);
        if (customer == null)
            return FollowUpUnsubscribeState.Invalid;

        var id = customer.Id;
        if (await _optOuts.Table.AnyAsync(row => row.CustomerId == id))
            return FollowUpUnsubscribeState.AlreadyUnsubscribed;

        var sendId = 0;
        if (Guid.TryParseExact(clickToken ?? string.Empty, "D", out var token))
            sendId = (await _sends.Table.FirstOrDefaultAsync(row => row.ClickToken == token && row.CustomerId == id))?.Id ?? 0;

        try
        {
            await _optOuts.InsertAsync(new FollowUpOptOut { CustomerId = id, FollowUpSendId = sendId, CreatedOnUtc = Now });
        }
        catch (DbException)
        {
            // Another request (a double click, a second tab) inserted it first.
            if (await _optOuts.Table.AnyAsync(row => row.CustomerId == id))
                return FollowUpUnsubscribeState.AlreadyUnsubscribed;
            throw;
        }

        return FollowUpUnsubscribeState.Unsubscribed;
    }

    /// <summary>The customer of a link whose signature is theirs; null for a tampered link or a missing or deleted customer.</summary>
    private async Task<Customer> CustomerOfLinkAsync(string customerIdText, string signature)
    {
        if (!int.TryParse(customerIdText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var customerId)
            || customerId <= 0 || customerIdText != customerId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            return null;

        var secret = (await _settingService.LoadSettingAsync<MerchantOpsSettings>()).FollowUpLinkSecret;
        if (!FollowUpLinkSignature.IsValid(secret, customerId, signature))
            return null;

        return await _customers.Table.FirstOrDefaultAsync(customer => customer.Id == customerId && !customer.Deleted);
    }
}
