using NUnit.Framework;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.EndToEnd;

/// <summary>
/// The follow-ups as the plugin's startups register them, nothing doubled: the real finder, composer, links and sender,
/// over real orders, shipments, carts and newsletter subscriptions. Three rules (review request, unpaid order, abandoned
/// cart) with targets becoming due over five task runs; at each run the dry run is read first on a third app instance, then
/// two app instances run the task at the same moment. What each run queues is exactly what the dry run listed as going
/// now, and in the end every target has had exactly one email.
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
public class FollowUpEndToEndTests : DatabaseTestBase
{
    private const int Rounds = 5;
    private const int TargetsPerRule = 20;
    private static readonly TimeSpan RunEvery = TimeSpan.FromMinutes(10);

    public FollowUpEndToEndTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task What_the_dry_run_lists_is_what_two_task_runners_send_once_each()
    {
        var shop = await RepliesScenario.CreateAsync(Database);
        // noon UTC: the server's zone is the store's (no setting), outside the default quiet hours 21:00–08:00
        var start = new DateTime(2026, 4, 15, 12, 0, 0, DateTimeKind.Utc);
        shop.Clock.UtcNow = start;
        var registered = new CustomerRole { Name = "Registered", SystemName = NopCustomerDefaults.RegisteredRoleName, Active = true };
        await Database.Repository<CustomerRole>().InsertAsync(registered);

        var review = await RuleAsync(shop, FollowUpTrigger.ReviewRequest, "Review", "<p>How was order %Order.OrderNumber%?</p>", 7 * 24);
        var unpaid = await RuleAsync(shop, FollowUpTrigger.UnpaidOrder, "Unpaid", "<p>Order %Order.OrderNumber% awaits payment.</p>", 48);
        var cart = await RuleAsync(shop, FollowUpTrigger.AbandonedCart, "Cart", "<p>Hello %Customer.FirstName%, your cart waits.</p>", 24);

        // made at install in a store
        await FollowUpLinkSecretInstaller.EnsureSecretAsync(App(shop).Get<ISettingService>());

        var expected = new HashSet<(int RuleId, int TargetId)>();
        for (var i = 0; i < TargetsPerRule; i++)
        {
            // due one second after round (i % Rounds)'s start minus the run interval: it becomes due in that round
            var dueIn = RunEvery * (i % Rounds) - TimeSpan.FromSeconds(1);

            var (reviewer, reviewerAddress) = await ShopperAsync(shop, registered, $"review{i}@example.com");
            var delivered = await shop.OrderAsync(reviewer, reviewerAddress, order =>
            {
                (order.StoreId, order.PaymentStatus, order.OrderStatus, order.ShippingStatus) =
                    (shop.Store.Id, PaymentStatus.Paid, OrderStatus.Complete, ShippingStatus.Delivered);
                order.CreatedOnUtc = start.AddDays(-10);
            }, new OrderLine(shop.Mug, 1));
            var shipment = await shop.ShipmentAsync(delivered, "T" + i, start.AddDays(-8));
            shipment.DeliveryDateUtc = start.AddHours(-review.DelayHours) + dueIn;
            await Database.Repository<Shipment>().UpdateAsync(shipment);
            expected.Add((review.Id, delivered.Id));

            var (payer, payerAddress) = await ShopperAsync(shop, registered, $"unpaid{i}@example.com");
            var pending = await shop.OrderAsync(payer, payerAddress, order =>
            {
                (order.StoreId, order.PaymentStatus, order.OrderStatus, order.ShippingStatus) =
                    (shop.Store.Id, PaymentStatus.Pending, OrderStatus.Pending, ShippingStatus.NotYetShipped);
                order.CreatedOnUtc = start.AddHours(-unpaid.DelayHours) + dueIn;
            }, new OrderLine(shop.Mug, 1));
            expected.Add((unpaid.Id, pending.Id));

            var (shopper, _) = await ShopperAsync(shop, registered, $"cart{i}@example.com");
            var changed = start.AddHours(-cart.DelayHours) + dueIn;
            await Database.Repository<ShoppingCartItem>().InsertAsync(new ShoppingCartItem
            {
                StoreId = shop.Store.Id, CustomerId = shopper.Id, ProductId = shop.Mug.Id, Quantity = 2,
                ShoppingCartTypeId = (int)ShoppingCartType.ShoppingCart, CreatedOnUtc = changed, UpdatedOnUtc = changed
            });
            await Database.Repository<NewsLetterSubscription>().InsertAsync(new NewsLetterSubscription
            {
                NewsLetterSubscriptionGuid = Guid.NewGuid(), Email = shopper.Email, Active = true, StoreId = shop.Store.Id,
                CreatedOnUtc = start.AddDays(-30), TypeId = 1
            });
            expected.Add((cart.Id, shopper.Id));
        }

        var rules = new[] { review, unpaid, cart };
        for (var round = 0; round < Rounds; round++)
        {
            shop.Clock.UtcNow = start + RunEvery * round;
            var now = shop.Clock.UtcNow;

            var dryRun = new HashSet<(int, int)>();
            var finder = App(shop).Get<IFollowUpCandidateFinder>();
            foreach (var rule in rules)
                foreach (var candidate in await finder.FindAsync(rule, now, FollowUpLimits.BatchSize))
                    if (candidate.IsSendableAt(now))
                        dryRun.Add((candidate.RuleId, candidate.TargetId));
            Assert.That(dryRun, Has.Count.EqualTo(3 * TargetsPerRule / Rounds), $"round {round}: the targets that became due");

            var before = (await ClaimsAsync()).Select(claim => claim.Id).ToHashSet();
            var apps = new[] { App(shop), App(shop) };
            var senders = apps.Select(app => app.Get<IFollowUpSender>()).ToArray();
            var summaries = await Race.RunAsync(senders.Select(sender => (Func<Task<FollowUpRunSummary>>)sender.RunDueAsync).ToList());

            Assert.That(apps.SelectMany(app => app.Get<RecordingLogger>().Errors), Is.Empty, $"round {round}: no run failed");
            var queuedNow = (await ClaimsAsync()).Where(claim => !before.Contains(claim.Id)).ToList();
            Assert.That(queuedNow.Select(claim => (claim.RuleId, claim.TargetId)), Is.EquivalentTo(dryRun), $"round {round}: the task sent what the dry run listed");
            Assert.That(queuedNow.All(claim => claim.Status == FollowUpSendStatus.Queued), Is.True,
                $"round {round}: all queued, not " + string.Join(", ", queuedNow.Where(claim => claim.Status != FollowUpSendStatus.Queued).Select(claim => $"{claim.RuleId}/{claim.TargetId} {claim.Status} {claim.SkipReason}")));
            Assert.That(summaries.Sum(summary => summary.Queued), Is.EqualTo(dryRun.Count));
            Assert.That(summaries.Sum(summary => summary.Failed), Is.Zero);
        }

        var claims = await ClaimsAsync();
        var emails = await Database.Repository<QueuedEmail>().Table.OrderBy(email => email.Id).ToListAsync();
        var sends = await Database.Repository<CannedReplySend>().Table.ToListAsync();
        Assert.That(claims.Select(claim => (claim.RuleId, claim.TargetId)), Is.EquivalentTo(expected), "every target once");
        Assert.That(emails, Has.Count.EqualTo(expected.Count), "one email per target");
        Assert.That(emails.Select(email => email.To).Distinct().Count(), Is.EqualTo(expected.Count), "each to its customer");
        Assert.That(sends.Select(send => send.QueuedEmailId), Is.EquivalentTo(emails.Select(email => (int?)email.Id)), "each through the replies' send path");
        Assert.That(sends.All(send => send.FollowUpRuleId is > 0), Is.True, "the send log marks them automatic");
        Assert.That(emails.All(email => email.Body.Contains("/merchantops/unsubscribe/", StringComparison.Ordinal)), Is.True, "every follow-up can be unsubscribed from");
        Assert.That(emails.Where(email => email.To.StartsWith("cart", StringComparison.Ordinal))
            .All(email => email.Body.Contains("/merchantops/followup/", StringComparison.Ordinal)), Is.True, "the cart reminders link back to the cart");

        // a sixth run, later: nothing is due again
        shop.Clock.UtcNow = start + RunEvery * (Rounds + 3);
        var again = await App(shop).Get<IFollowUpSender>().RunDueAsync();
        Assert.That(again.Queued, Is.Zero);
        Assert.That(await Database.Repository<QueuedEmail>().Table.CountAsync(email => email.Id > 0), Is.EqualTo(expected.Count));
    }

    private StoreApp App(RepliesScenario shop)
    {
        var app = new StoreApp(Database, shop.Clock, anotherInstance: true);
        app.Get<EmailAccountSettings>().DefaultEmailAccountId = shop.EmailAccount.Id;
        return app;
    }

    private Task<List<FollowUpSend>> ClaimsAsync() => Database.Repository<FollowUpSend>().Table.OrderBy(claim => claim.Id).ToListAsync();

    private static async Task<(Customer, Address)> ShopperAsync(RepliesScenario shop, CustomerRole registered, string email)
    {
        var (customer, address) = await shop.CustomerAsync(email, "Ann", "Lee", shop.English);
        await shop.Database.Repository<CustomerCustomerRoleMapping>().InsertAsync(
            new CustomerCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = registered.Id });
        return (customer, address);
    }

    private async Task<FollowUpRule> RuleAsync(RepliesScenario shop, FollowUpTrigger trigger, string title, string body, int delayHours)
    {
        var reply = await shop.ReplyAsync(title, "/" + title.ToLowerInvariant(), title + " %Store.Name%", body, shop.English.Id);
        var rule = new FollowUpRule
        {
            Name = title, Trigger = trigger, ReplyId = reply.Id, DelayHours = delayHours, MaxReminders = 1, ConversionDays = 7,
            Active = true, ActivatedOnUtc = shop.Clock.UtcNow, Version = 1, CreatedOnUtc = shop.Clock.UtcNow, UpdatedOnUtc = shop.Clock.UtcNow
        };
        await Database.Repository<FollowUpRule>().InsertAsync(rule);
        return rule;
    }
}
