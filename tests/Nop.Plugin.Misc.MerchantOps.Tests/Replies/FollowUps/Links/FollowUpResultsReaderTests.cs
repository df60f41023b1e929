using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Links;

/// <summary>
/// A rule's results over the week of 1–8 March 2025 on real store rows and the plugin's migrations: follow-ups sent,
/// skipped, clicked, and converted within the rule's days (boundary included, one second later not), each order or
/// payment credited once to the rule's latest follow-up before it.
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[NonParallelizable]
public class FollowUpResultsReaderTests : DatabaseTestBase
{
    private static readonly DateTime From = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime To = new(2025, 3, 8, 0, 0, 0, DateTimeKind.Utc);

    public FollowUpResultsReaderTests(DatabaseEngine engine) : base(engine) { }

    private Product _mug;
    private Product _cap;

    private FollowUpResultsReader Reader() => new(Database.Repository<OrderItem>(), Database.Repository<Order>(),
        Database.Repository<ProductReview>(), Database.Repository<FollowUpRule>(), Database.Repository<FollowUpSend>());

    private async Task SetUpStoreAsync()
    {
        await Database.InstallPluginSchemaAsync();
        await Rows.StoreAsync();
        await Rows.StoreAsync(store => (store.Name, store.Url) = ("Second", "https://second.test/"));
        _mug = await Rows.ProductAsync("MUG-01", p => p.Price = 10m);
        _cap = await Rows.ProductAsync("CAP-01", p => p.Price = 5m);
    }

    private async Task<FollowUpRule> RuleAsync(FollowUpTrigger trigger, int conversionDays)
    {
        var rule = new FollowUpRule { Name = trigger.ToString(), Trigger = trigger, ReplyId = 1, DelayHours = 24, ConversionDays = conversionDays, CreatedOnUtc = From, UpdatedOnUtc = From };
        await Database.Repository<FollowUpRule>().InsertAsync(rule);
        return rule;
    }

    private async Task<FollowUpSend> SendAsync(FollowUpRule rule, Customer customer, DateTime? sentOnUtc, int orderId = 0, long version = 0,
        FollowUpSendStatus status = FollowUpSendStatus.Queued, DateTime? clickedOnUtc = null, int storeId = 1, DateTime? createdOnUtc = null)
    {
        var send = new FollowUpSend
        {
            RuleId = rule.Id, StoreId = storeId, CustomerId = customer.Id, TargetId = orderId > 0 ? orderId : customer.Id, TargetVersion = version,
            OrderId = orderId, Status = status, SendKey = Guid.NewGuid(), ClickToken = Guid.NewGuid(), ClickedOnUtc = clickedOnUtc,
            CreatedOnUtc = createdOnUtc ?? sentOnUtc ?? From, SentOnUtc = sentOnUtc
        };
        await Database.Repository<FollowUpSend>().InsertAsync(send);
        return send;
    }

    private Task<Order> OrderAsync(Customer customer, Address address, DateTime createdOnUtc, decimal total, Action<Order> configure = null, params Product[] products) =>
        Rows.OrderAsync(customer, address, order =>
        {
            order.CreatedOnUtc = createdOnUtc;
            configure?.Invoke(order);
        }, (products.Length == 0 ? [_mug] : products).Select(p => new Nop.Plugin.Misc.MerchantOps.Tests.Harness.OrderLine(p, 1)).ToArray())
        .ContinueWith(task => Total(task.Result, total)).Unwrap();

    private async Task<Order> Total(Order order, decimal total)
    {
        order.OrderTotal = total;
        await Database.Repository<Order>().UpdateAsync(order);
        return order;
    }

    private async Task ReviewAsync(Customer customer, Product product, DateTime createdOnUtc)
    {
        await Database.Repository<ProductReview>().InsertAsync(new ProductReview
        {
            CustomerId = customer.Id, ProductId = product.Id, StoreId = 1, IsApproved = true, Title = "Nice", ReviewText = "Nice", Rating = 5, CreatedOnUtc = createdOnUtc
        });
    }

    [Test]
    public async Task Abandoned_cart_an_order_in_the_store_within_the_days_is_credited_once_to_the_latest_reminder()
    {
        await SetUpStoreAsync();
        var rule = await RuleAsync(FollowUpTrigger.AbandonedCart, conversionDays: 7);
        var (anna, annasAddress) = await Rows.CustomerWithAddressAsync("anna@example.com");
        var (ben, bensAddress) = await Rows.CustomerWithAddressAsync("ben@example.com");
        var first = await SendAsync(rule, anna, From.AddDays(1), version: 1, clickedOnUtc: From.AddDays(1).AddHours(1));
        var second = await SendAsync(rule, anna, From.AddDays(2), version: 2);
        await SendAsync(rule, ben, From.AddDays(1), version: 1);
        await SendAsync(rule, ben, null, version: 2, status: FollowUpSendStatus.Skipped, createdOnUtc: From.AddDays(3));
        await SendAsync(rule, ben, From.AddDays(-1), version: 3); // before the period
        await SendAsync(rule, ben, null, version: 4, status: FollowUpSendStatus.Claimed, createdOnUtc: From.AddDays(3));

        await OrderAsync(anna, annasAddress, From.AddDays(3), 50m);                              // after both reminders: credited to the second only
        await OrderAsync(anna, annasAddress, second.SentOnUtc!.Value.AddDays(7), 30m);           // the last moment of the window
        await OrderAsync(anna, annasAddress, second.SentOnUtc!.Value.AddDays(7).AddSeconds(1), 1000m); // one second too late
        await OrderAsync(anna, annasAddress, From.AddDays(4), 2000m, o => o.OrderStatusId = (int)OrderStatus.Cancelled);
        await OrderAsync(anna, annasAddress, From.AddDays(4), 3000m, o => o.Deleted = true);
        await OrderAsync(anna, annasAddress, From.AddDays(1).AddHours(-1), 4000m);                 // before the first reminder
        await OrderAsync(ben, bensAddress, From.AddDays(2), 5000m, o => o.StoreId = 2);           // in another store
        Assert.That(first.Id, Is.LessThan(second.Id));

        var results = await Reader().GetAsync([rule.Id], From, To);

        Assert.That(Figures(results[rule.Id]), Is.EqualTo((Sent: 3, Skipped: 1, Clicked: 1, Converted: 1, Revenue: 80m)));
    }

    [Test]
    public async Task Unpaid_order_paid_within_the_days_after_a_reminder_converts_once_with_its_total()
    {
        await SetUpStoreAsync();
        var rule = await RuleAsync(FollowUpTrigger.UnpaidOrder, conversionDays: 3);
        var (chloe, address) = await Rows.CustomerWithAddressAsync("chloe@example.com");
        var paidAtTheBoundary = await OrderAsync(chloe, address, From, 120m);
        var paidTooLate = await OrderAsync(chloe, address, From, 60m);
        var neverPaid = await OrderAsync(chloe, address, From, 70m);
        await SendAsync(rule, chloe, From.AddDays(1), paidAtTheBoundary.Id, version: 1);
        var secondReminder = await SendAsync(rule, chloe, From.AddDays(2), paidAtTheBoundary.Id, version: 2, clickedOnUtc: From.AddDays(2));
        var tooLateReminder = await SendAsync(rule, chloe, From.AddDays(1), paidTooLate.Id, version: 1);
        await SendAsync(rule, chloe, From.AddDays(1), neverPaid.Id, version: 1);
        await PayAsync(paidAtTheBoundary, secondReminder.SentOnUtc!.Value.AddDays(3));
        await PayAsync(paidTooLate, tooLateReminder.SentOnUtc!.Value.AddDays(3).AddSeconds(1));

        var results = await Reader().GetAsync([rule.Id], From, To);

        Assert.That(Figures(results[rule.Id]), Is.EqualTo((Sent: 4, Skipped: 0, Clicked: 1, Converted: 1, Revenue: 120m)));
    }

    [Test]
    public async Task Review_request_converts_when_a_product_of_that_order_is_reviewed_after_it_with_no_revenue()
    {
        await SetUpStoreAsync();
        var rule = await RuleAsync(FollowUpTrigger.ReviewRequest, conversionDays: 10);
        var (dana, danasAddress) = await Rows.CustomerWithAddressAsync("dana@example.com");
        var (eli, elisAddress) = await Rows.CustomerWithAddressAsync("eli@example.com");
        var danasOrder = await OrderAsync(dana, danasAddress, From.AddDays(-20), 15m, null, _mug, _cap);
        var elisOrder = await OrderAsync(eli, elisAddress, From.AddDays(-20), 5m, null, _cap);
        var danas = await SendAsync(rule, dana, From.AddDays(1), danasOrder.Id);
        await SendAsync(rule, eli, From.AddDays(1), elisOrder.Id);
        await ReviewAsync(dana, _mug, From.AddDays(5));
        await ReviewAsync(dana, _cap, danas.SentOnUtc!.Value.AddDays(10));   // two reviews: one follow-up converted
        await ReviewAsync(eli, _cap, From);                                   // before the request
        await ReviewAsync(eli, _mug, From.AddDays(2));                        // a product of no order of the request

        var results = await Reader().GetAsync([rule.Id], From, To);

        Assert.That(Figures(results[rule.Id]), Is.EqualTo((Sent: 2, Skipped: 0, Clicked: 0, Converted: 1, Revenue: 0m)));
    }

    [Test]
    public async Task All_rules_at_once_in_a_few_statements_each_with_its_own_days_and_an_unknown_rule_at_zero()
    {
        await SetUpStoreAsync();
        var cart = await RuleAsync(FollowUpTrigger.AbandonedCart, conversionDays: 1);
        var cartLonger = await RuleAsync(FollowUpTrigger.AbandonedCart, conversionDays: 5);
        var unpaid = await RuleAsync(FollowUpTrigger.UnpaidOrder, conversionDays: 3);
        var review = await RuleAsync(FollowUpTrigger.ReviewRequest, conversionDays: 10);
        var (fay, address) = await Rows.CustomerWithAddressAsync("fay@example.com");
        await SendAsync(cart, fay, From.AddDays(1), version: 1);
        await SendAsync(cartLonger, fay, From.AddDays(1), version: 1);
        var order = await OrderAsync(fay, address, From.AddDays(3), 40m);   // 2 days after: within 5 days, not within 1
        await SendAsync(unpaid, fay, From.AddDays(3).AddHours(1), order.Id);
        await PayAsync(order, From.AddDays(4));
        await SendAsync(review, fay, From.AddDays(5), order.Id);
        await ReviewAsync(fay, _mug, From.AddDays(6));

        using var counter = new SqlStatementCounter(Database);
        var results = await Reader().GetAsync([cart.Id, cartLonger.Id, unpaid.Id, review.Id, 999], From, To);
        var statements = counter.Count;

        Assert.That(Figures(results[cart.Id]), Is.EqualTo((Sent: 1, Skipped: 0, Clicked: 0, Converted: 0, Revenue: 0m)));
        Assert.That(Figures(results[cartLonger.Id]), Is.EqualTo((Sent: 1, Skipped: 0, Clicked: 0, Converted: 1, Revenue: 40m)));
        Assert.That(Figures(results[unpaid.Id]), Is.EqualTo((Sent: 1, Skipped: 0, Clicked: 0, Converted: 1, Revenue: 40m)));
        Assert.That(Figures(results[review.Id]), Is.EqualTo((Sent: 1, Skipped: 0, Clicked: 0, Converted: 1, Revenue: 0m)));
        Assert.That(Figures(results[999]), Is.EqualTo((Sent: 0, Skipped: 0, Clicked: 0, Converted: 0, Revenue: 0m)));
        Assert.That(statements, Is.EqualTo(5), string.Join("\n\n", counter.Statements));
    }

    private async Task PayAsync(Order order, DateTime paidOnUtc)
    {
        order.PaidDateUtc = paidOnUtc;
        await Database.Repository<Order>().UpdateAsync(order);
    }

    private static (int Sent, int Skipped, int Clicked, int Converted, decimal Revenue) Figures(FollowUpRuleResults r) =>
        (r.Sent, r.Skipped, r.Clicked, r.Converted, r.Revenue);
}
