using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using NUnit.Framework;
using static Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Finder.FinderScenario;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Finder;

/// <summary>Who the follow-up finder lists, on real rows and the real migrations, per trigger and per safety rule.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class FollowUpFinderTests : DatabaseTestBase
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private FinderScenario _s;

    public FollowUpFinderTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task CreateScenarioAsync() => _s = await CreateAsync(Database);

    private static int[] Targets(IEnumerable<FollowUpCandidate> candidates) => candidates.Select(c => c.TargetId).ToArray();

    // -- review requests

    [Test]
    public async Task A_review_request_is_due_from_delivery_plus_the_delay_until_the_late_window_ends_oldest_first()
    {
        var rule = await _s.RuleAsync(FollowUpTrigger.ReviewRequest, 48);
        await _s.LanguageAsync(StoreData.English());
        var french = await _s.LanguageAsync(StoreData.French());
        var ada = await _s.ShopperAsync("ada@example.com", c => (c.FirstName, c.LastName, c.LanguageId) = ("Ada", "Lovelace", french.Id));
        var dueNow = await _s.DeliveredOrderAsync(ada, Now.AddHours(-48), products: [_s.Tea, _s.Mug]);
        var oneSecondEarly = await _s.DeliveredOrderAsync(ada, Now.AddHours(-48) + Second);
        var lastMoment = await _s.DeliveredOrderAsync(ada, Now.AddHours(-48 - FollowUpLimits.LateWindowHours));
        var tooLate = await _s.DeliveredOrderAsync(ada, Now.AddHours(-48 - FollowUpLimits.LateWindowHours) - Second);

        var found = await _s.FindAsync(rule);

        Assert.That(Targets(found), Is.EqualTo(new[] { lastMoment.Id, dueNow.Id }));
        Assert.That(Targets(found), Has.None.AnyOf(oneSecondEarly.Id, tooLate.Id));
        var first = found[1];
        Assert.That((first.RuleId, first.Trigger, first.StoreId, first.CustomerId, first.OrderId, first.TargetVersion, first.OrderNumber),
            Is.EqualTo((rule.Id, FollowUpTrigger.ReviewRequest, _s.Store.Id, ada.Id, dueNow.Id, 0L, dueNow.Id.ToString())));
        Assert.That((first.EventOnUtc, first.DueOnUtc, first.PlannedOnUtc, first.Hold), Is.EqualTo((Now.AddHours(-48), Now, Now, FollowUpHold.None)));
        Assert.That((first.CustomerName, first.CustomerEmail, first.LanguageId, first.Amount, first.ItemCount),
            Is.EqualTo(("Ada Lovelace", "ada@example.com", french.Id, 35m, 2)));
        Assert.That(first.IsSendableAt(Now), Is.True);
    }

    [Test]
    public async Task The_moment_is_the_order_s_latest_delivery_and_stores_without_delivery_count_from_shipping()
    {
        var rule = await _s.RuleAsync(FollowUpTrigger.ReviewRequest, 24);
        var fromShipped = await _s.RuleAsync(FollowUpTrigger.ReviewRequest, 24, r => r.CountFromShipped = true);
        var ada = await _s.ShopperAsync("ada@example.com");
        var twoParcels = await _s.DeliveredOrderAsync(ada, Now.AddHours(-30));
        var later = await _s.ShipmentAsync(twoParcels, "SECOND", Now.AddHours(-12));
        later.DeliveryDateUtc = Now.AddHours(-2); // the last parcel arrived 2 hours ago: not due yet
        await Database.Repository<Shipment>().UpdateAsync(later);
        var shippedOnly = await _s.DeliveredOrderAsync(ada, Now.AddHours(-20), o => o.ShippingStatus = ShippingStatus.Shipped);
        var shipment = (await _s.ShipmentsOfAsync(shippedOnly)).Single();
        shipment.DeliveryDateUtc = null;
        await Database.Repository<Shipment>().UpdateAsync(shipment);

        Assert.That(Targets(await _s.FindAsync(rule)), Is.Empty, "the order's last parcel is not old enough; the other is not delivered");
        var shipped = await _s.FindAsync(fromShipped);
        Assert.That(Targets(shipped), Is.EqualTo(new[] { shippedOnly.Id }), "shipped 44 hours ago; the two-parcel order's last shipping was 12 hours ago");
        Assert.That(shipped[0].EventOnUtc, Is.EqualTo(Now.AddHours(-44)));
    }

    [Test]
    public async Task An_order_whose_every_product_the_customer_reviewed_is_not_listed_one_with_a_product_left_is()
    {
        var rule = await _s.RuleAsync(FollowUpTrigger.ReviewRequest, 24);
        var ada = await _s.ShopperAsync("ada@example.com");
        var all = await _s.DeliveredOrderAsync(ada, Now.AddHours(-30), products: [_s.Tea, _s.Mug]);
        var bob = await _s.ShopperAsync("bob@example.com");
        var some = await _s.DeliveredOrderAsync(bob, Now.AddHours(-30), products: [_s.Tea, _s.Mug]);
        foreach (var (customer, product) in new[] { (ada, _s.Tea), (ada, _s.Mug), (bob, _s.Tea) })
            await Database.Repository<ProductReview>().InsertAsync(new ProductReview
            {
                CustomerId = customer.Id, ProductId = product.Id, StoreId = _s.Store.Id, IsApproved = true, Title = "Good", ReviewText = "Good", Rating = 5,
                CreatedOnUtc = Now.AddHours(-1)
            });

        Assert.That(Targets(await _s.FindAsync(rule)), Is.EqualTo(new[] { some.Id }));
        Assert.That(Targets(await _s.FindAsync(rule)), Does.Not.Contain(all.Id));
    }

    [TestCase(PaymentStatus.Refunded, OrderStatus.Complete, false)]
    [TestCase(PaymentStatus.PartiallyRefunded, OrderStatus.Complete, false)]
    [TestCase(PaymentStatus.Voided, OrderStatus.Complete, false)]
    [TestCase(PaymentStatus.Paid, OrderStatus.Cancelled, false)]
    [TestCase(PaymentStatus.Paid, OrderStatus.Complete, true)]
    public async Task A_refunded_voided_cancelled_or_deleted_order_gets_no_review_request(PaymentStatus payment, OrderStatus status, bool deleted)
    {
        var rule = await _s.RuleAsync(FollowUpTrigger.ReviewRequest, 24);
        var ada = await _s.ShopperAsync("ada@example.com");
        var order = await _s.DeliveredOrderAsync(ada, Now.AddHours(-30), o => (o.PaymentStatus, o.OrderStatus, o.Deleted) = (payment, status, deleted));
        var control = await _s.DeliveredOrderAsync(ada, Now.AddHours(-30));

        Assert.That(Targets(await _s.FindAsync(rule)), Is.EqualTo(new[] { control.Id }));
        Assert.That(order.Id, Is.Not.EqualTo(control.Id));
    }

    // -- unpaid orders

    [Test]
    public async Task An_unpaid_order_is_reminded_every_delay_up_to_the_rule_s_reminders_and_never_once_paid_or_cancelled()
    {
        var rule = await _s.RuleAsync(FollowUpTrigger.UnpaidOrder, 24, r => r.MaxReminders = 3);
        var ada = await _s.ShopperAsync("ada@example.com");
        var first = await _s.PendingOrderAsync(ada, Now.AddHours(-24));
        var notYet = await _s.PendingOrderAsync(ada, Now.AddHours(-24) + Second);
        var second = await _s.PendingOrderAsync(ada, Now.AddHours(-49));
        var third = await _s.PendingOrderAsync(ada, Now.AddHours(-24 * 3 - 5));
        var pastTheLast = await _s.PendingOrderAsync(ada, Now.AddHours(-24 * 3 - FollowUpLimits.LateWindowHours) - Second);
        var paid = await _s.PendingOrderAsync(ada, Now.AddHours(-25), o => o.PaymentStatus = PaymentStatus.Paid);
        var cancelled = await _s.PendingOrderAsync(ada, Now.AddHours(-25), o => o.OrderStatus = OrderStatus.Cancelled);
        var deleted = await _s.PendingOrderAsync(ada, Now.AddHours(-25), o => o.Deleted = true);
        // its first reminder went out: the second is a new target
        await _s.SendAsync(rule, ada, second.Id, 1, FollowUpSendStatus.Queued, Now.AddHours(-25));

        var found = await _s.FindAsync(rule);

        Assert.That(found.Select(c => (c.TargetId, c.TargetVersion)), Is.EqualTo(new[] { (third.Id, 3L), (second.Id, 2L), (first.Id, 1L) }),
            "oldest due first: third due 5 h ago, second 1 h ago, first now");
        Assert.That(Targets(found), Has.None.AnyOf(notYet.Id, pastTheLast.Id, paid.Id, cancelled.Id, deleted.Id));
        Assert.That((found[1].EventOnUtc, found[1].DueOnUtc, found[1].Amount), Is.EqualTo((Now.AddHours(-49), Now.AddHours(-1), 10m)));

        await _s.SendAsync(rule, ada, second.Id, 2, FollowUpSendStatus.Claimed, Now.AddMinutes(-1));
        Assert.That(Targets(await _s.FindAsync(rule)), Is.EqualTo(new[] { third.Id, first.Id }), "reminder 2 of that order is claimed");

        var paidSince = await _s.ReloadAsync(first);
        paidSince.PaymentStatus = PaymentStatus.Paid;
        await Database.Repository<Order>().UpdateAsync(paidSince);
        Assert.That(Targets(await _s.FindAsync(rule)), Is.EqualTo(new[] { third.Id }), "paid meanwhile");
    }

    // -- abandoned carts

    [Test]
    public async Task A_cart_untouched_for_the_delay_is_due_with_its_value_and_lines_and_not_once_the_customer_ordered_since()
    {
        var rule = await _s.RuleAsync(FollowUpTrigger.AbandonedCart, 4);
        await _s.SettingsAsync(s => s.FollowUpCartWithoutConsent = true);
        var ada = await _s.ShopperAsync("ada@example.com");
        await _s.CartLineAsync(ada, _s.Tea, 3, Now.AddHours(-6));
        await _s.CartLineAsync(ada, _s.Mug, 1, Now.AddHours(-4));
        await _s.CartLineAsync(ada, _s.Mug, 5, Now.AddHours(-3), type: ShoppingCartType.Wishlist);
        var early = await _s.ShopperAsync("early@example.com");
        await _s.CartLineAsync(early, _s.Tea, 1, Now.AddHours(-4) + Second);
        var orderedSince = await _s.ShopperAsync("ordered@example.com");
        await _s.CartLineAsync(orderedSince, _s.Tea, 1, Now.AddHours(-10));
        await _s.OrderAsync(orderedSince, _s.Address, o => (o.StoreId, o.CreatedOnUtc) = (_s.Store.Id, Now.AddHours(-9)), new OrderLine(_s.Tea, 1));
        var orderedBefore = await _s.ShopperAsync("before@example.com");
        await _s.CartLineAsync(orderedBefore, _s.Tea, 2, Now.AddHours(-10));
        await _s.OrderAsync(orderedBefore, _s.Address, o => (o.StoreId, o.CreatedOnUtc) = (_s.Store.Id, Now.AddHours(-11)), new OrderLine(_s.Tea, 1));

        var found = await _s.FindAsync(rule);

        Assert.That(Targets(found), Is.EqualTo(new[] { orderedBefore.Id, ada.Id }));
        var cart = found[1];
        Assert.That((cart.TargetVersion, cart.OrderId, cart.OrderNumber, cart.EventOnUtc, cart.DueOnUtc, cart.Amount, cart.ItemCount),
            Is.EqualTo((Now.AddHours(-4).Ticks, 0, (string)null, Now.AddHours(-4), Now, 55m, 2)));
        Assert.That(cart.Hold, Is.EqualTo(FollowUpHold.None));
    }

    [Test]
    public async Task A_claimed_cart_version_is_never_listed_again_but_a_cart_changed_since_is_a_new_target()
    {
        var rule = await _s.RuleAsync(FollowUpTrigger.AbandonedCart, 4);
        await _s.SettingsAsync(s => s.FollowUpCartWithoutConsent = true);
        var ada = await _s.ShopperAsync("ada@example.com");
        await _s.CartLineAsync(ada, _s.Tea, 1, Now.AddHours(-30));
        var version = (await _s.FindAsync(rule)).Single().TargetVersion;
        await _s.SendAsync(rule, ada, ada.Id, version, FollowUpSendStatus.Skipped, Now.AddHours(-26));

        Assert.That(await _s.FindAsync(rule), Is.Empty, "claimed (even skipped): never again");

        await _s.CartLineAsync(ada, _s.Mug, 1, Now.AddHours(-5));
        var changed = (await _s.FindAsync(rule)).Single();
        Assert.That((changed.TargetId, changed.TargetVersion, changed.ItemCount), Is.EqualTo((ada.Id, Now.AddHours(-5).Ticks, 2)));
    }

    [Test]
    public async Task A_cart_needs_the_store_s_newsletter_subscription_unless_the_setting_relaxes_it()
    {
        var rule = await _s.RuleAsync(FollowUpTrigger.AbandonedCart, 4);
        async Task<Customer> CartOfAsync(string email)
        {
            var customer = await _s.ShopperAsync(email);
            await _s.CartLineAsync(customer, _s.Tea, 1, Now.AddHours(-5));
            return customer;
        }

        var subscribed = await CartOfAsync("subscribed@example.com");
        await _s.SubscribeAsync("subscribed@example.com");
        var unsubscribed = await CartOfAsync("unsubscribed@example.com");
        await _s.SubscribeAsync("unsubscribed@example.com", active: false);
        var otherStore = await CartOfAsync("other@example.com");
        await _s.SubscribeAsync("other@example.com", _s.Store2.Id);
        var never = await CartOfAsync("never@example.com");

        var holds = (await _s.FindAsync(rule)).ToDictionary(c => c.CustomerId, c => c.Hold);
        Assert.That(holds, Is.EqualTo(new Dictionary<int, FollowUpHold>
        {
            [subscribed.Id] = FollowUpHold.None, [unsubscribed.Id] = FollowUpHold.NoConsent,
            [otherStore.Id] = FollowUpHold.NoConsent, [never.Id] = FollowUpHold.NoConsent
        }));

        await _s.SettingsAsync(s => s.FollowUpCartWithoutConsent = true, _s.Store.Id);
        Assert.That((await _s.FindAsync(rule)).Select(c => c.Hold), Is.All.EqualTo(FollowUpHold.None));
    }

    // -- customers

    [Test]
    public async Task Guests_deleted_inactive_and_system_customers_are_never_listed_and_one_without_email_is_held()
    {
        var rule = await _s.RuleAsync(FollowUpTrigger.UnpaidOrder, 24);
        var placed = Now.AddHours(-25);
        var guest = await _s.ShopperAsync("guest@example.com", role: _s.Guests);
        var deleted = await _s.ShopperAsync("deleted@example.com", c => c.Deleted = true);
        var inactive = await _s.ShopperAsync("inactive@example.com", c => c.Active = false);
        var system = await _s.ShopperAsync("system@example.com", c => c.IsSystemAccount = true);
        var offRole = new CustomerRole { Name = "Registered (off)", SystemName = NopCustomerDefaults.RegisteredRoleName, Active = false };
        await Database.Repository<CustomerRole>().InsertAsync(offRole);
        var roleOff = await _s.ShopperAsync("roleoff@example.com", role: offRole);
        var noEmail = await _s.ShopperAsync(null, c => (c.Username, c.FirstName, c.LastName) = ("noemail", null, null));
        var ada = await _s.ShopperAsync("ada@example.com", c => (c.FirstName, c.LastName) = (null, null));
        foreach (var customer in new[] { guest, deleted, inactive, system, roleOff, noEmail, ada })
            await _s.PendingOrderAsync(customer, placed);

        var found = await _s.FindAsync(rule);

        Assert.That(found.Select(c => (c.CustomerId, c.Hold, c.CustomerName)),
            Is.EquivalentTo(new[] { (noEmail.Id, FollowUpHold.NoEmail, (string)null), (ada.Id, FollowUpHold.None, "ada@example.com") }));
    }

    // -- safety

    [Test]
    public async Task An_opted_out_customer_is_held_with_every_rule()
    {
        var review = await _s.RuleAsync(FollowUpTrigger.ReviewRequest, 24);
        var unpaid = await _s.RuleAsync(FollowUpTrigger.UnpaidOrder, 24);
        var ada = await _s.ShopperAsync("ada@example.com");
        await _s.DeliveredOrderAsync(ada, Now.AddHours(-30));
        await _s.PendingOrderAsync(ada, Now.AddHours(-30));
        await _s.OptOutAsync(ada);

        Assert.That((await _s.FindAsync(review)).Single().Hold, Is.EqualTo(FollowUpHold.OptedOut));
        Assert.That((await _s.FindAsync(unpaid)).Single().Hold, Is.EqualTo(FollowUpHold.OptedOut));
    }

    [Test]
    public async Task A_customer_at_the_cap_waits_until_the_oldest_counted_follow_up_leaves_the_window()
    {
        var rule = await _s.RuleAsync(FollowUpTrigger.UnpaidOrder, 24);
        var other = await _s.RuleAsync(FollowUpTrigger.ReviewRequest, 24);
        var ada = await _s.ShopperAsync("ada@example.com");
        var bob = await _s.ShopperAsync("bob@example.com");
        await _s.PendingOrderAsync(ada, Now.AddHours(-25));
        await _s.PendingOrderAsync(bob, Now.AddHours(-25));
        // ada: two in the last 7 days (default cap 2 in 7 days), across rules; bob: one counted, one skipped, one too old
        await _s.SendAsync(other, ada, 9001, 0, FollowUpSendStatus.Queued, Now.AddDays(-3));
        await _s.SendAsync(other, ada, 9002, 0, FollowUpSendStatus.Claimed, Now.AddHours(-1));
        await _s.SendAsync(other, bob, 9003, 0, FollowUpSendStatus.Queued, Now.AddDays(-1));
        await _s.SendAsync(other, bob, 9004, 0, FollowUpSendStatus.Skipped, Now.AddDays(-1));
        await _s.SendAsync(other, bob, 9005, 0, FollowUpSendStatus.Queued, Now.AddDays(-7));

        var found = (await _s.FindAsync(rule)).ToDictionary(c => c.CustomerId);

        Assert.That((found[ada.Id].Hold, found[ada.Id].PlannedOnUtc), Is.EqualTo((FollowUpHold.CapReached, Now.AddDays(4))));
        Assert.That((found[bob.Id].Hold, found[bob.Id].PlannedOnUtc), Is.EqualTo((FollowUpHold.None, Now.AddHours(-1))));

        await _s.SettingsAsync(s => s.FollowUpMaxPerCustomer = 3);
        Assert.That((await _s.FindAsync(rule)).Select(c => c.Hold), Is.All.EqualTo(FollowUpHold.None));
    }

    [Test]
    public async Task Any_follow_up_row_of_the_rule_and_target_whatever_its_status_keeps_it_off_the_list()
    {
        var rule = await _s.RuleAsync(FollowUpTrigger.ReviewRequest, 24);
        var ada = await _s.ShopperAsync("ada@example.com");
        var claimed = await _s.DeliveredOrderAsync(ada, Now.AddHours(-30));
        var queued = await _s.DeliveredOrderAsync(ada, Now.AddHours(-30));
        var skipped = await _s.DeliveredOrderAsync(ada, Now.AddHours(-30));
        var open = await _s.DeliveredOrderAsync(ada, Now.AddHours(-30));
        var otherRule = await _s.RuleAsync(FollowUpTrigger.ReviewRequest, 24);
        await _s.SendAsync(rule, ada, claimed.Id, 0, FollowUpSendStatus.Claimed, Now.AddDays(-30));
        await _s.SendAsync(rule, ada, queued.Id, 0, FollowUpSendStatus.Queued, Now.AddDays(-30));
        await _s.SendAsync(rule, ada, skipped.Id, 0, FollowUpSendStatus.Skipped, Now.AddDays(-30));
        await _s.SendAsync(otherRule, ada, open.Id, 0, FollowUpSendStatus.Queued, Now.AddDays(-30));

        Assert.That(Targets(await _s.FindAsync(rule)), Is.EqualTo(new[] { open.Id }));
    }

    [Test]
    public async Task A_rule_of_one_store_lists_that_store_s_targets_and_a_rule_of_every_store_lists_all_at_most_max_oldest_first()
    {
        var mine = await _s.RuleAsync(FollowUpTrigger.AbandonedCart, 4, r => r.StoreId = _s.Store2.Id);
        var all = await _s.RuleAsync(FollowUpTrigger.AbandonedCart, 4);
        await _s.SettingsAsync(s => s.FollowUpCartWithoutConsent = true);
        var customers = new List<Customer>();
        for (var i = 0; i < 5; i++)
        {
            var customer = await _s.ShopperAsync($"c{i}@example.com");
            customers.Add(customer);
            await _s.CartLineAsync(customer, _s.Tea, 1, Now.AddHours(-10 + i), i % 2 == 0 ? _s.Store.Id : _s.Store2.Id);
        }

        Assert.That((await _s.FindAsync(mine)).Select(c => (c.CustomerId, c.StoreId)),
            Is.EqualTo(new[] { (customers[1].Id, _s.Store2.Id), (customers[3].Id, _s.Store2.Id) }));
        Assert.That(Targets(await _s.FindAsync(all, max: 3)), Is.EqualTo(customers.Take(3).Select(c => c.Id)));
        Assert.That(await _s.FindAsync(all, max: 0), Is.Empty);
    }

    // -- quiet hours in the store's time zone (Europe/Paris; default 21:00–08:00)

    [Test]
    public async Task During_quiet_hours_nothing_goes_and_the_plan_is_their_end_across_the_spring_change()
    {
        // Saturday 28 March 2026, 21:30 UTC = 22:30 CET; the night clocks go forward, so 08:00 on Sunday is CEST = 06:00 UTC
        _s.Clock.UtcNow = Utc(2026, 3, 28, 21, 30);
        var rule = await _s.RuleAsync(FollowUpTrigger.UnpaidOrder, 24);
        var ada = await _s.ShopperAsync("ada@example.com");
        await _s.PendingOrderAsync(ada, Utc(2026, 3, 27, 21, 0));

        var held = (await _s.FindAsync(rule)).Single();

        Assert.That((held.Hold, held.DueOnUtc, held.PlannedOnUtc), Is.EqualTo((FollowUpHold.QuietHours, Utc(2026, 3, 28, 21, 0), Utc(2026, 3, 29, 6, 0))));
        Assert.That(held.IsSendableAt(_s.Clock.UtcNow), Is.False);

        // Sunday 06:00 UTC: the quiet hours are over; it goes, planned at their end
        _s.Clock.UtcNow = Utc(2026, 3, 29, 6, 0);
        var goes = (await _s.FindAsync(rule)).Single();
        Assert.That((goes.Hold, goes.PlannedOnUtc, goes.IsSendableAt(_s.Clock.UtcNow)), Is.EqualTo((FollowUpHold.None, Utc(2026, 3, 29, 6, 0), true)));
        _s.Clock.UtcNow = Utc(2026, 3, 29, 5, 59, 59);
        Assert.That((await _s.FindAsync(rule)).Single().Hold, Is.EqualTo(FollowUpHold.QuietHours), "07:59:59 CEST is still quiet");
    }

    [Test]
    public async Task Quiet_hours_end_at_the_right_instant_across_the_autumn_change_and_equal_hours_mean_none()
    {
        // Saturday 24 October 2026, 20:00 UTC = 22:00 CEST; clocks go back that night, so 08:00 on Sunday is CET = 07:00 UTC
        _s.Clock.UtcNow = Utc(2026, 10, 24, 20, 0);
        var rule = await _s.RuleAsync(FollowUpTrigger.UnpaidOrder, 24);
        var ada = await _s.ShopperAsync("ada@example.com");
        await _s.PendingOrderAsync(ada, Utc(2026, 10, 23, 19, 30));

        var held = (await _s.FindAsync(rule)).Single();
        Assert.That((held.Hold, held.PlannedOnUtc), Is.EqualTo((FollowUpHold.QuietHours, Utc(2026, 10, 25, 7, 0))));

        await _s.SettingsAsync(s => (s.FollowUpQuietFromHour, s.FollowUpQuietToHour) = (9, 9));
        var none = (await _s.FindAsync(rule)).Single();
        Assert.That((none.Hold, none.PlannedOnUtc), Is.EqualTo((FollowUpHold.None, Utc(2026, 10, 24, 19, 30))));
    }

    [Test]
    public async Task Install_adds_the_finder_s_indexes_to_nopCommerce_s_tables_and_uninstall_removes_them()
    {
        Assert.That(await Database.GetIndexNamesAsync(nameof(Shipment)),
            Is.SupersetOf(new[] { FollowUpTables.ShipmentDeliveredIndex, FollowUpTables.ShipmentShippedIndex }));
        Assert.That(await Database.GetIndexNamesAsync(nameof(Order)), Does.Contain(FollowUpTables.OrderPaymentIndex));
        Assert.That(await Database.GetIndexNamesAsync(nameof(ShoppingCartItem)), Does.Contain(FollowUpTables.CartChangedIndex));

        await Database.UninstallPluginSchemaAsync();

        foreach (var table in new[] { nameof(Shipment), nameof(Order), nameof(ShoppingCartItem) })
            Assert.That(await Database.GetIndexNamesAsync(table), Has.None.AnyOf(FollowUpTables.ShipmentDeliveredIndex,
                FollowUpTables.ShipmentShippedIndex, FollowUpTables.OrderPaymentIndex, FollowUpTables.CartChangedIndex), table);
    }
}
