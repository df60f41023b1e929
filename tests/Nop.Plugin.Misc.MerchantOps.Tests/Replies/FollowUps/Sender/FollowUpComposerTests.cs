using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Skip = Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain.FollowUpResourceKeys.Skip;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Sender;

/// <summary>What a follow-up says: the reply in the customer's language (or the fallback, said), nopCommerce's tokens, the rule's block, the unsubscribe link.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
public class FollowUpComposerTests : DatabaseTestBase
{
    private SenderScenario _s;

    public FollowUpComposerTests(DatabaseEngine engine) : base(engine)
    {
    }

    private IFollowUpComposer Composer => _s.App().Get<IFollowUpComposer>();

    [Test]
    public async Task A_review_request_is_in_the_customers_language_with_one_encoded_link_per_product_not_reviewed_yet_and_ends_with_unsubscribe()
    {
        _s = await SenderScenario.CreateAsync(Database);
        var english = await _s.Shop.ReplyAsync("Review", "/review", "Your opinion", "<p>Hello %Order.CustomerFullName%</p>", _s.Shop.English.Id);
        await _s.Shop.ReplyAsync("Avis", "/review", "Votre avis", "<p>Bonjour %Order.CustomerFullName%</p>", _s.Shop.French.Id);
        var rule = await _s.RuleAsync(FollowUpTrigger.ReviewRequest, english);
        var teapot = await _s.Shop.ProductAsync("TEA-01", p => p.Name = "<b>Teapot</b>");
        var reviewed = await _s.Shop.ProductAsync("CUP-01", p => p.Name = "Cup");
        var (customer, address) = await _s.CustomerAsync("zoe@example.com", "<svg/onload=alert(1)>", "Durand", french: true);
        var order = await _s.Shop.OrderAsync(customer, address, o => (o.StoreId, o.CustomerLanguageId) = (_s.Shop.Store.Id, _s.Shop.French.Id),
            new OrderLine(_s.Shop.Mug, 1), new OrderLine(teapot, 1), new OrderLine(reviewed, 1));
        await Database.Repository<ProductReview>().InsertAsync(new ProductReview
        {
            CustomerId = customer.Id, ProductId = reviewed.Id, StoreId = _s.Shop.Store.Id, IsApproved = true, Title = "ok", ReviewText = "ok", Rating = 5, CreatedOnUtc = _s.Clock.UtcNow
        });
        var candidate = _s.OrderTarget(rule, order, customer);
        var click = Guid.NewGuid();

        var message = await Composer.ComposeAsync(rule, candidate, click);

        Assert.That((message.SkipReason, message.FellBack, message.LanguageId, message.Subject, message.ToEmail), Is.EqualTo(((string)null, false, _s.Shop.French.Id, "Votre avis", "zoe@example.com")));
        Assert.That(message.Body, Does.StartWith("<p>Bonjour &lt;svg/onload=alert(1)&gt; Durand</p>"));
        Assert.That(message.Body, Does.Contain($">Donner mon avis sur Tasse bleue</a>"), "the mug's French name");
        Assert.That(message.Body, Does.Contain($"?to=review-{teapot.Id}&amp;s=1\">Donner mon avis sur &lt;b&gt;Teapot&lt;/b&gt;</a>"));
        Assert.That(message.Body, Does.Not.Contain($"review-{reviewed.Id}"), "already reviewed");
        Assert.That(message.Body, Does.Not.Contain("<b>"));
        Assert.That(message.Body, Does.EndWith($"<a href=\"https://shop.test/fu/unsubscribe?c={customer.Id}&amp;t={click:N}\">Ne plus recevoir ces relances</a></p>"));
    }

    [Test]
    public async Task Without_a_version_in_the_customers_language_the_fallback_is_used_and_said()
    {
        _s = await SenderScenario.CreateAsync(Database);
        var english = await _s.Shop.ReplyAsync("Unpaid", "/unpaid", "Please pay %Order.OrderNumber%", "<p>Please pay</p>", _s.Shop.English.Id);
        var rule = await _s.RuleAsync(FollowUpTrigger.UnpaidOrder, english);
        var (customer, address) = await _s.CustomerAsync("zoe@example.com", french: true);
        var order = await _s.Shop.OrderAsync(customer, address);

        var message = await Composer.ComposeAsync(rule, _s.OrderTarget(rule, order, customer, version: 1), Guid.NewGuid());

        Assert.That((message.SkipReason, message.FellBack, message.LanguageId), Is.EqualTo(((string)null, true, _s.Shop.English.Id)));
        Assert.That(message.Body, Does.Contain(">See your order and pay it</a>"), "the block in the message's language");
        Assert.That(message.Body, Does.Contain($"to=order-{order.Id}"));
    }

    [Test]
    public async Task An_abandoned_cart_lists_its_lines_with_a_link_back_to_the_cart()
    {
        _s = await SenderScenario.CreateAsync(Database);
        var reply = await _s.Shop.ReplyAsync("Cart", "/cart", "Your cart, %Customer.FullName%", "<p>Hi %Customer.FullName%</p>", _s.Shop.English.Id);
        var rule = await _s.RuleAsync(FollowUpTrigger.AbandonedCart, reply);
        var (customer, _) = await _s.CustomerAsync("ann@example.com");
        var product = await _s.Shop.ProductAsync("TEA-02", p => (p.Name, p.Price) = ("Green & <i>tea</i>", 4.5m));
        await Database.Repository<ShoppingCartItem>().InsertAsync(new ShoppingCartItem
        {
            StoreId = _s.Shop.Store.Id, CustomerId = customer.Id, ProductId = product.Id, Quantity = 3,
            ShoppingCartTypeId = (int)ShoppingCartType.ShoppingCart, CreatedOnUtc = _s.Clock.UtcNow, UpdatedOnUtc = _s.Clock.UtcNow
        });

        var message = await Composer.ComposeAsync(rule, _s.CartTarget(rule, customer, 42), Guid.NewGuid());

        Assert.That((message.SkipReason, message.Subject), Is.EqualTo(((string)null, "Your cart, Ann Smith")));
        Assert.That(message.Body, Does.Contain("<li>Green &amp; &lt;i&gt;tea&lt;/i&gt; &#215; 3: "));
        Assert.That(message.Body, Does.Contain("13.50"));
        Assert.That(message.Body, Does.Contain("to=cart&amp;s=1\">Back to your cart</a>"));
    }

    [Test]
    public async Task Nothing_left_to_review_an_empty_cart_or_a_deleted_reply_are_skip_reasons()
    {
        _s = await SenderScenario.CreateAsync(Database);
        var reply = await _s.Shop.ReplyAsync("R", "/r", "s", "<p>b</p>", _s.Shop.English.Id);
        var review = await _s.RuleAsync(FollowUpTrigger.ReviewRequest, reply);
        var cart = await _s.RuleAsync(FollowUpTrigger.AbandonedCart, reply);
        var (customer, address) = await _s.CustomerAsync("ann@example.com");
        var order = await _s.Shop.OrderAsync(customer, address);
        await Database.Repository<ProductReview>().InsertAsync(new ProductReview
        {
            CustomerId = customer.Id, ProductId = _s.Shop.Mug.Id, StoreId = _s.Shop.Store.Id, IsApproved = true, Title = "ok", ReviewText = "ok", Rating = 5, CreatedOnUtc = _s.Clock.UtcNow
        });

        var reviewed = await Composer.ComposeAsync(review, _s.OrderTarget(review, order, customer), Guid.NewGuid());
        var emptyCart = await Composer.ComposeAsync(cart, _s.CartTarget(cart, customer, 1), Guid.NewGuid());
        await _s.Shop.App.Library.DeleteAsync(reply.Id);
        var deleted = await Composer.ComposeAsync(review, _s.OrderTarget(review, order, customer), Guid.NewGuid());

        Assert.That((reviewed.SkipReason, emptyCart.SkipReason, deleted.SkipReason), Is.EqualTo((Skip.NothingToReview, Skip.CartEmpty, Skip.ReplyDeleted)));
    }
}
