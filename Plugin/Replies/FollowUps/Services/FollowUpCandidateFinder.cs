using LinqToDB;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// Finds a rule's due targets with a few statements, each reading a date range through an index, never all orders:
/// review requests, one statement over the shipments delivered (or shipped) in the window
/// (IX_MerchantOps_Shipment_DeliveryDateUtc / _ShippedDateUtc) and their orders by id; unpaid orders, one per reminder
/// number (at most <see cref="FollowUpLimits.MaxReminders"/>) over the pending orders placed in its range
/// (IX_MerchantOps_Order_PaymentStatusId_CreatedOnUtc); abandoned carts, the carts of the customers with a line changed in
/// the window (IX_MerchantOps_ShoppingCartItem_Type_UpdatedOnUtc) oldest first a page at a time, then that page's customers, value,
/// orders since and claims by id. Then, for the at most <c>max</c> targets found, small statements by id: the order's
/// products, opt-outs, the customers' recent follow-ups (the cap), newsletter subscriptions.
/// <para>
/// A target is due when its moment + the delay is reached and at most <see cref="FollowUpLimits.LateWindowHours"/> hours
/// old; it is listed only if no follow-up row exists for (rule, target, version), whatever its status. Customers: registered
/// (nopCommerce's active "Registered" role), active, not deleted, not a system account; guests never. A rule whose delay is
/// outside <see cref="FollowUpLimits"/> (a bad save) or a deleted rule finds nothing.
/// </para>
/// <para>
/// Holds, first that applies: no email, opted out, no consent (carts), cap reached, quiet hours. Quiet hours are read in the
/// store's time zone, from <c>FollowUpQuietFromHour</c> to <c>FollowUpQuietToHour</c> (wrapping midnight; equal hours =
/// none): a target due inside them goes when they end; while the run's own moment is inside them, nothing goes.
/// </para>
/// </summary>
public class FollowUpCandidateFinder : IFollowUpCandidateFinder
{
    private readonly IRepository<Order> _orders;
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IRepository<Shipment> _shipments;
    private readonly IRepository<ProductReview> _reviews;
    private readonly IRepository<ShoppingCartItem> _cartItems;
    private readonly IRepository<Product> _products;
    private readonly IRepository<Customer> _customers;
    private readonly IRepository<CustomerCustomerRoleMapping> _roleMappings;
    private readonly IRepository<CustomerRole> _roles;
    private readonly IRepository<NewsLetterSubscription> _subscriptions;
    private readonly IRepository<FollowUpSend> _sends;
    private readonly IRepository<FollowUpOptOut> _optOuts;
    private readonly ISettingService _settingService;
    private readonly PlannerTimeZones _timeZones;

    public FollowUpCandidateFinder(IRepository<Order> orders,
        IRepository<OrderItem> orderItems,
        IRepository<Shipment> shipments,
        IRepository<ProductReview> reviews,
        IRepository<ShoppingCartItem> cartItems,
        IRepository<Product> products,
        IRepository<Customer> customers,
        IRepository<CustomerCustomerRoleMapping> roleMappings,
        IRepository<CustomerRole> roles,
        IRepository<NewsLetterSubscription> subscriptions,
        IRepository<FollowUpSend> sends,
        IRepository<FollowUpOptOut> optOuts,
        ISettingService settingService,
        PlannerTimeZones timeZones)
    {
        _orders = orders;
        _orderItems = orderItems;
        _shipments = shipments;
        _reviews = reviews;
        _cartItems = cartItems;
        _products = products;
        _customers = customers;
        _roleMappings = roleMappings;
        _roles = roles;
        _subscriptions = subscriptions;
        _sends = sends;
        _optOuts = optOuts;
        _settingService = settingService;
        _timeZones = timeZones;
    }

    public virtual async Task<IReadOnlyList<FollowUpCandidate>> FindAsync(FollowUpRule rule, DateTime nowUtc, int max)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (max <= 0 || rule.Deleted || rule.DelayHours < FollowUpLimits.MinDelayHours || rule.DelayHours > FollowUpLimits.MaxDelayHours)
            return [];

        var targets = rule.Trigger switch
        {
            FollowUpTrigger.ReviewRequest => await ReviewRequestsAsync(rule, nowUtc, max),
            FollowUpTrigger.UnpaidOrder => await UnpaidOrdersAsync(rule, nowUtc, max),
            FollowUpTrigger.AbandonedCart => await AbandonedCartsAsync(rule, nowUtc, max),
            _ => []
        };
        if (targets.Count == 0)
            return [];

        return await WithHoldsAsync(rule, targets, nowUtc);
    }

    #region Targets

    /// <summary>A due target before the holds.</summary>
    protected class Target
    {
        public int StoreId { get; init; }
        public int CustomerId { get; init; }
        public string Email { get; init; }
        public string FirstName { get; init; }
        public string LastName { get; init; }
        public int? LanguageId { get; init; }
        public int TargetId { get; init; }
        public long TargetVersion { get; init; }
        public int OrderId { get; init; }
        public string OrderNumber { get; init; }
        public DateTime EventOnUtc { get; init; }
        public DateTime DueOnUtc { get; init; }
        public decimal Amount { get; init; }
        public int ItemCount { get; set; }
    }

    /// <summary>Registered (active "Registered" role), active, not deleted, not system accounts.</summary>
    private IQueryable<Customer> Reachable()
    {
        var registered = NopCustomerDefaults.RegisteredRoleName;
        return from customer in _customers.Table
            where customer.Active && !customer.Deleted && !customer.IsSystemAccount
                && (from mapping in _roleMappings.Table
                    join role in _roles.Table on mapping.CustomerRoleId equals role.Id
                    where mapping.CustomerId == customer.Id && role.SystemName == registered && role.Active
                    select mapping.Id).Any()
            select customer;
    }

    /// <summary>
    /// Orders whose latest shipment was delivered (or shipped) in the window, not cancelled, refunded or voided, with at
    /// least one product the customer has not reviewed yet. Moment = that latest date.
    /// </summary>
    private async Task<List<Target>> ReviewRequestsAsync(FollowUpRule rule, DateTime nowUtc, int max)
    {
        var delay = TimeSpan.FromHours(rule.DelayHours);
        var latest = nowUtc - delay;
        var earliest = latest.AddHours(-FollowUpLimits.LateWindowHours);
        var storeId = rule.StoreId;
        var ruleId = rule.Id;
        var fromShipped = rule.CountFromShipped;
        var cancelled = (int)OrderStatus.Cancelled;
        int[] refused = [(int)PaymentStatus.Refunded, (int)PaymentStatus.PartiallyRefunded, (int)PaymentStatus.Voided];
        int[] shippingStatuses = fromShipped ? [(int)ShippingStatus.Shipped, (int)ShippingStatus.Delivered] : [(int)ShippingStatus.Delivered];

        // the shipments of the window (IX_MerchantOps_Shipment_DeliveryDateUtc / _ShippedDateUtc), their order's latest
        var moments = fromShipped
            ? from shipment in _shipments.Table
              where shipment.ShippedDateUtc >= earliest && shipment.ShippedDateUtc <= latest
                  && !_shipments.Table.Any(later => later.OrderId == shipment.OrderId && later.ShippedDateUtc > latest)
              group shipment by shipment.OrderId into order
              select new { OrderId = order.Key, Moment = order.Max(s => s.ShippedDateUtc).Value }
            : from shipment in _shipments.Table
              where shipment.DeliveryDateUtc >= earliest && shipment.DeliveryDateUtc <= latest
                  && !_shipments.Table.Any(later => later.OrderId == shipment.OrderId && later.DeliveryDateUtc > latest)
              group shipment by shipment.OrderId into order
              select new { OrderId = order.Key, Moment = order.Max(s => s.DeliveryDateUtc).Value };

        var due = from moment in moments
            join order in _orders.Table on moment.OrderId equals order.Id
            join customer in Reachable() on order.CustomerId equals customer.Id
            where !order.Deleted && order.OrderStatusId != cancelled && !refused.Contains(order.PaymentStatusId)
                && shippingStatuses.Contains(order.ShippingStatusId)
                && (storeId == 0 || order.StoreId == storeId)
                && !_sends.Table.Any(send => send.RuleId == ruleId && send.TargetId == order.Id && send.TargetVersion == 0)
                && _orderItems.Table.Any(item => item.OrderId == order.Id
                    && !_reviews.Table.Any(review => review.CustomerId == order.CustomerId && review.ProductId == item.ProductId))
            orderby moment.Moment, order.Id
            select new
            {
                order.StoreId, order.CustomerId, customer.Email, customer.FirstName, customer.LastName, customer.LanguageId,
                OrderId = order.Id, order.CustomOrderNumber, moment.Moment, order.OrderTotal
            };

        var rows = await due.Take(max).ToListAsync();
        if (rows.Count == 0)
            return [];

        // the order's products (one review link each)
        var orderIds = rows.Select(row => row.OrderId).ToArray();
        var products = (await _orderItems.Table.Where(item => orderIds.Contains(item.OrderId))
                .Select(item => new { item.OrderId, item.ProductId }).Distinct().ToListAsync())
            .GroupBy(item => item.OrderId).ToDictionary(order => order.Key, order => order.Count());

        return rows.Select(row => new Target
        {
            StoreId = row.StoreId, CustomerId = row.CustomerId, Email = row.Email, FirstName = row.FirstName, LastName = row.LastName,
            LanguageId = row.LanguageId, TargetId = row.OrderId, TargetVersion = 0, OrderId = row.OrderId, OrderNumber = row.CustomOrderNumber,
            EventOnUtc = row.Moment, DueOnUtc = row.Moment + delay, Amount = row.OrderTotal,
            ItemCount = products.GetValueOrDefault(row.OrderId)
        }).ToList();
    }

    /// <summary>
    /// Orders still pending payment: the n-th reminder is due n × the delay after the order (n = whole delays elapsed, at
    /// most the rule's reminders). One statement per n, each on its own range of order dates
    /// (IX_MerchantOps_Order_PaymentStatusId_CreatedOnUtc).
    /// </summary>
    private async Task<List<Target>> UnpaidOrdersAsync(FollowUpRule rule, DateTime nowUtc, int max)
    {
        var delay = TimeSpan.FromHours(rule.DelayHours);
        var reminders = Math.Clamp(rule.MaxReminders, 1, FollowUpLimits.MaxReminders);
        var storeId = rule.StoreId;
        var ruleId = rule.Id;
        var pending = (int)PaymentStatus.Pending;
        var cancelled = (int)OrderStatus.Cancelled;
        var found = new List<Target>();

        for (var n = 1; n <= reminders; n++)
        {
            var reminder = n;
            // placed at or before now − n × delay (n delays elapsed), within the late window of its due time, and, below the
            // last reminder, after now − (n + 1) × delay (else the next reminder is the one due)
            var placedBy = nowUtc - delay * n;
            var placedFrom = placedBy.AddHours(-FollowUpLimits.LateWindowHours);
            var orders = _orders.Table.Where(order => order.PaymentStatusId == pending
                && order.CreatedOnUtc >= placedFrom && order.CreatedOnUtc <= placedBy);
            if (n < reminders)
            {
                var after = nowUtc - delay * (n + 1);
                orders = orders.Where(order => order.CreatedOnUtc > after);
            }

            var due = from order in orders
                join customer in Reachable() on order.CustomerId equals customer.Id
                where !order.Deleted && order.OrderStatusId != cancelled
                    && (storeId == 0 || order.StoreId == storeId)
                    && !_sends.Table.Any(send => send.RuleId == ruleId && send.TargetId == order.Id && send.TargetVersion == reminder)
                orderby order.CreatedOnUtc, order.Id
                select new
                {
                    order.StoreId, order.CustomerId, customer.Email, customer.FirstName, customer.LastName, customer.LanguageId,
                    OrderId = order.Id, order.CustomOrderNumber, order.CreatedOnUtc, order.OrderTotal
                };

            found.AddRange((await due.Take(max).ToListAsync()).Select(row => new Target
            {
                StoreId = row.StoreId, CustomerId = row.CustomerId, Email = row.Email, FirstName = row.FirstName, LastName = row.LastName,
                LanguageId = row.LanguageId, TargetId = row.OrderId, TargetVersion = reminder, OrderId = row.OrderId,
                OrderNumber = row.CustomOrderNumber, EventOnUtc = row.CreatedOnUtc, DueOnUtc = row.CreatedOnUtc + delay * reminder,
                Amount = row.OrderTotal
            }));
        }

        return found.OrderBy(target => target.DueOnUtc).ThenBy(target => target.TargetId).Take(max).ToList();
    }

    /// <summary>
    /// Shopping carts (not wishlists) per customer and store, last changed in the window, with no order (not deleted) placed
    /// in that store since. Only customers with a line changed in the window, and none since, are grouped
    /// (IX_MerchantOps_ShoppingCartItem_Type_UpdatedOnUtc). Version = the last change's ticks.
    /// </summary>
    private async Task<List<Target>> AbandonedCartsAsync(FollowUpRule rule, DateTime nowUtc, int max)
    {
        var delay = TimeSpan.FromHours(rule.DelayHours);
        var latest = nowUtc - delay;
        var earliest = latest.AddHours(-FollowUpLimits.LateWindowHours);
        var storeId = rule.StoreId;
        var ruleId = rule.Id;
        var cartType = (int)ShoppingCartType.ShoppingCart;
        // claims of a version in the window (a version is the ticks of the cart's last change)
        var earliestVersion = earliest.Ticks;

        // customers with a line changed in the window and none since (a cart changed later is not due yet)
        var changed = from item in _cartItems.Table
            where item.ShoppingCartTypeId == cartType && item.UpdatedOnUtc >= earliest && item.UpdatedOnUtc <= latest
                && (storeId == 0 || item.StoreId == storeId)
                && !_cartItems.Table.Any(later => later.ShoppingCartTypeId == cartType && later.CustomerId == item.CustomerId
                    && later.StoreId == item.StoreId && later.UpdatedOnUtc > latest)
            select item.CustomerId;

        var carts = from item in _cartItems.Table
            where item.ShoppingCartTypeId == cartType && (storeId == 0 || item.StoreId == storeId) && changed.Contains(item.CustomerId)
            group item by new { item.CustomerId, item.StoreId }
            into cart
            select new { cart.Key.CustomerId, cart.Key.StoreId, LastChange = cart.Max(line => line.UpdatedOnUtc), Lines = cart.Count() };

        // oldest carts of the window first, a page at a time; each page's customers, orders since and claims are read by id
        // (checking every cart of the window before sorting would cost as many look-ups as carts)
        var dueCarts = from cart in carts
            where cart.LastChange >= earliest && cart.LastChange <= latest
            orderby cart.LastChange, cart.CustomerId, cart.StoreId
            select cart;
        var page = Math.Max(max * 2, 50);
        var found = new List<Target>();
        for (var offset = 0; found.Count < max; offset += page)
        {
            var rows = await dueCarts.Skip(offset).Take(page).ToListAsync();
            if (rows.Count == 0)
                break;

            var customerIds = rows.Select(row => row.CustomerId).Distinct().ToArray();
            var since = rows.Min(row => row.LastChange);
            var customers = (await Reachable().Where(customer => customerIds.Contains(customer.Id))
                    .Select(customer => new { customer.Id, customer.Email, customer.FirstName, customer.LastName, customer.LanguageId })
                    .ToListAsync())
                .ToDictionary(customer => customer.Id);
            var orders = (await _orders.Table
                    .Where(order => customerIds.Contains(order.CustomerId) && !order.Deleted && order.CreatedOnUtc >= since)
                    .Select(order => new { order.CustomerId, order.StoreId, order.CreatedOnUtc }).ToListAsync())
                .ToLookup(order => (order.CustomerId, order.StoreId));
            // the page's carts' value (quantity × the product's current price)
            var values = (await (from item in _cartItems.Table
                    join product in _products.Table on item.ProductId equals product.Id
                    where item.ShoppingCartTypeId == cartType && (storeId == 0 || item.StoreId == storeId) && customerIds.Contains(item.CustomerId)
                    group product.Price * item.Quantity by new { item.CustomerId, item.StoreId }
                    into cart
                    select new { cart.Key.CustomerId, cart.Key.StoreId, Value = cart.Sum() }).ToListAsync())
                .ToDictionary(cart => (cart.CustomerId, cart.StoreId), cart => cart.Value);
            var claimed = (await _sends.Table
                    .Where(send => send.RuleId == ruleId && customerIds.Contains(send.TargetId) && send.TargetVersion >= earliestVersion)
                    .Select(send => new { send.TargetId, send.TargetVersion }).ToListAsync())
                .Select(send => (send.TargetId, send.TargetVersion)).ToHashSet();

            foreach (var row in rows)
            {
                if (found.Count == max)
                    break;
                if (!customers.TryGetValue(row.CustomerId, out var customer)
                    || orders[(row.CustomerId, row.StoreId)].Any(order => order.CreatedOnUtc >= row.LastChange)
                    || claimed.Contains((row.CustomerId, row.LastChange.Ticks)))
                    continue;

                found.Add(new Target
                {
                    StoreId = row.StoreId, CustomerId = row.CustomerId, Email = customer.Email, FirstName = customer.FirstName,
                    LastName = customer.LastName, LanguageId = customer.LanguageId, TargetId = row.CustomerId,
                    TargetVersion = row.LastChange.Ticks, OrderId = 0, OrderNumber = null, EventOnUtc = row.LastChange,
                    DueOnUtc = row.LastChange + delay, Amount = values.GetValueOrDefault((row.CustomerId, row.StoreId)), ItemCount = row.Lines
                });
            }

            if (rows.Count < page)
                break;
        }

        return found;
    }

    #endregion

    #region Holds

    private async Task<IReadOnlyList<FollowUpCandidate>> WithHoldsAsync(FollowUpRule rule, List<Target> targets, DateTime nowUtc)
    {
        var customerIds = targets.Select(target => target.CustomerId).Distinct().ToArray();

        var optedOut = (await _optOuts.Table.Where(optOut => customerIds.Contains(optOut.CustomerId))
            .Select(optOut => optOut.CustomerId).ToListAsync()).ToHashSet();

        var settings = new Dictionary<int, MerchantOpsSettings>();
        foreach (var storeId in targets.Select(target => target.StoreId).Distinct())
            settings[storeId] = await _settingService.LoadSettingAsync<MerchantOpsSettings>(storeId);

        // the customers' follow-ups still counting towards the cap (queued or being sent), for the longest cap of these stores
        var capDays = settings.Values.Max(store => Math.Max(store.FollowUpCapDays, 0));
        var capFrom = nowUtc.AddDays(-capDays);
        int[] counting = [(int)FollowUpSendStatus.Queued, (int)FollowUpSendStatus.Claimed];
        var recent = (await _sends.Table
                .Where(send => customerIds.Contains(send.CustomerId) && counting.Contains(send.StatusId) && send.CreatedOnUtc > capFrom)
                .Select(send => new { send.CustomerId, send.CreatedOnUtc }).ToListAsync())
            .GroupBy(send => send.CustomerId)
            .ToDictionary(customer => customer.Key, customer => customer.Select(send => send.CreatedOnUtc).OrderBy(on => on).ToList());

        // consent to marketing emails: an active newsletter subscription of the cart's store
        var consented = new HashSet<(string, int)>();
        if (rule.Trigger == FollowUpTrigger.AbandonedCart)
        {
            var emails = targets.Where(target => !string.IsNullOrEmpty(target.Email)).Select(target => target.Email).Distinct().ToArray();
            if (emails.Length > 0)
                foreach (var subscription in await _subscriptions.Table.Where(s => s.Active && emails.Contains(s.Email))
                             .Select(s => new { s.Email, s.StoreId }).ToListAsync())
                    consented.Add((subscription.Email.ToLowerInvariant(), subscription.StoreId));
        }

        var candidates = new List<FollowUpCandidate>(targets.Count);
        foreach (var target in targets)
        {
            var store = settings[target.StoreId];
            var hold = FollowUpHold.None;
            var planned = target.DueOnUtc;

            if (string.IsNullOrWhiteSpace(target.Email))
                hold = FollowUpHold.NoEmail;
            else if (optedOut.Contains(target.CustomerId))
                hold = FollowUpHold.OptedOut;
            else if (rule.Trigger == FollowUpTrigger.AbandonedCart && !store.FollowUpCartWithoutConsent
                     && !consented.Contains((target.Email.ToLowerInvariant(), target.StoreId)))
                hold = FollowUpHold.NoConsent;
            else if (CapReleasedOn(store, recent.GetValueOrDefault(target.CustomerId), nowUtc) is { } released)
                (hold, planned) = (FollowUpHold.CapReached, released);
            else
            {
                var zone = await _timeZones.ForStoreAsync(target.StoreId);
                if (QuietHours.EndOf(nowUtc, store.FollowUpQuietFromHour, store.FollowUpQuietToHour, zone) is { } nowQuietUntil)
                    (hold, planned) = (FollowUpHold.QuietHours, nowQuietUntil);
                else if (QuietHours.EndOf(target.DueOnUtc, store.FollowUpQuietFromHour, store.FollowUpQuietToHour, zone) is { } dueQuietUntil)
                    planned = dueQuietUntil;
            }

            candidates.Add(new FollowUpCandidate
            {
                RuleId = rule.Id,
                Trigger = rule.Trigger,
                StoreId = target.StoreId,
                CustomerId = target.CustomerId,
                TargetId = target.TargetId,
                TargetVersion = target.TargetVersion,
                OrderId = target.OrderId,
                OrderNumber = target.OrderNumber,
                CustomerEmail = target.Email,
                CustomerName = NameOf(target),
                LanguageId = target.LanguageId ?? 0,
                EventOnUtc = target.EventOnUtc,
                DueOnUtc = target.DueOnUtc,
                PlannedOnUtc = planned,
                Hold = hold,
                Amount = target.Amount,
                ItemCount = target.ItemCount
            });
        }

        return candidates;
    }

    /// <summary>
    /// When the customer may get a follow-up again, if they had the most allowed in the store's last days (a cap of 0 or
    /// less, or 0 days: no cap): once enough of those leave the window (the oldest, when exactly at the cap).
    /// </summary>
    private static DateTime? CapReleasedOn(MerchantOpsSettings store, List<DateTime> recent, DateTime nowUtc)
    {
        if (store.FollowUpMaxPerCustomer <= 0 || store.FollowUpCapDays <= 0 || recent == null)
            return null;
        var inWindow = recent.Where(on => on > nowUtc.AddDays(-store.FollowUpCapDays)).ToList();
        if (inWindow.Count < store.FollowUpMaxPerCustomer)
            return null;
        return inWindow[inWindow.Count - store.FollowUpMaxPerCustomer].AddDays(store.FollowUpCapDays);
    }

    private static string NameOf(Target target)
    {
        var name = $"{target.FirstName} {target.LastName}".Trim();
        return name.Length > 0 ? name : target.Email;
    }

    #endregion
}
