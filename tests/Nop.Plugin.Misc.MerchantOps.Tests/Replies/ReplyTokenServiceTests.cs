using NUnit.Framework;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Render;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class ReplyTokenServiceTests : DatabaseTestBase
{
    private const string Subject = "Your order %Order.OrderNumber%";
    private const string Body = "<p>Hello %Order.CustomerFullName%,</p><p>Order %Order.OrderNumber% of %Order.CreatedOn%:</p>%Order.Product(s)%<p>%Store.Name% — %Store.Email%</p>";

    public ReplyTokenServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task An_English_order_renders_with_its_real_data_in_English()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var (customer, address) = await s.CustomerAsync("ann@example.com", "Ann", "Smith", s.English);
        var order = await s.OrderAsync(customer, address, quantity: 3);

        var rendered = await s.App.Tokens.RenderForOrderAsync(order.Id, Subject, Body);

        Assert.That(rendered.Found, Is.True);
        Assert.That(rendered.Subject, Is.EqualTo($"Your order {order.CustomOrderNumber}"));
        Assert.That(rendered.Body, Does.Contain("<p>Hello Ann Smith,</p>").And.Contain($"Order {order.CustomOrderNumber} of Friday, March 14, 2025:")
            .And.Contain("<td>Blue mug</td><td>3</td>").And.Contain("Tea &amp; Mugs — shop@shop.test"));
        Assert.That((rendered.LanguageId, rendered.ToEmail, rendered.ToName), Is.EqualTo((s.English.Id, "ann@example.com", "Ann Smith")));
        Assert.That(rendered.UnknownTokens, Is.Empty);
        Assert.That(rendered.WarningKeys, Is.Empty);
    }

    [Test]
    public async Task Asking_only_who_would_receive_a_reply_builds_none_of_the_order_tokens()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var (customer, address) = await s.CustomerAsync("ann@example.com", "Ann", "Smith", s.English);
        var order = await s.OrderAsync(customer, address, quantity: 3);

        static bool ReadsItemsOrShipments(string sql) => System.Text.RegularExpressions.Regex.IsMatch(sql, @"\b(OrderItem|Shipment)\b");

        IReadOnlyList<string> StatementsOf(Func<Task> render)
        {
            using var counter = new SqlStatementCounter(Database);
            render().GetAwaiter().GetResult();
            return counter.Statements;
        }

        RenderedReply recipient = null;
        var withoutTemplate = StatementsOf(async () => recipient = await s.App.Tokens.RenderForOrderAsync(order.Id, string.Empty, string.Empty));
        var withTemplate = StatementsOf(() => s.App.Tokens.RenderForOrderAsync(order.Id, Subject, Body));

        Assert.That((recipient.Found, recipient.ToEmail, recipient.ToName, recipient.LanguageId), Is.EqualTo((true, "ann@example.com", "Ann Smith", s.English.Id)));
        Assert.That(withTemplate.Where(ReadsItemsOrShipments), Is.Not.Empty);
        Assert.That(withoutTemplate.Where(ReadsItemsOrShipments), Is.Empty,
            "the order page card asks for the recipient on every view:\n" + string.Join("\n", withoutTemplate));
    }

    [Test]
    public async Task A_French_customer_gets_French_dates_and_product_names_by_default()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var (customer, address) = await s.CustomerAsync("camille@example.fr", "Camille", "Martin", s.French);
        var order = await s.OrderAsync(customer, address);

        var rendered = await s.App.Tokens.RenderForOrderAsync(order.Id, Subject, Body);

        Assert.That(rendered.LanguageId, Is.EqualTo(s.French.Id));
        Assert.That(rendered.Body, Does.Contain("vendredi 14 mars 2025").And.Contain("<td>Tasse bleue</td>"));
    }

    [Test]
    public async Task Script_in_customer_data_comes_out_encoded_in_the_body()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var (customer, address) = await s.CustomerAsync("x@example.com", "<svg/onload=alert(1)>", "<b>Bold</b>", s.English);
        var order = await s.OrderAsync(customer, address);

        var forOrder = await s.App.Tokens.RenderForOrderAsync(order.Id, Subject, Body);
        var forCustomer = await s.App.Tokens.RenderForCustomerAsync(customer.Id, "Hi %Customer.FullName%", "<p>Hi %Customer.FullName%</p>");

        foreach (var body in new[] { forOrder.Body, forCustomer.Body })
        {
            Assert.That(body, Does.Contain("&lt;svg/onload=alert(1)&gt;").And.Contain("&lt;b&gt;Bold&lt;/b&gt;"));
            Assert.That(body, Does.Not.Contain("<svg").And.Not.Contain("<b>"));
        }
    }

    [Test]
    public async Task Unknown_and_misspelt_tokens_are_flagged_and_left_as_typed()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var (customer, address) = await s.CustomerAsync("ann@example.com", "Ann", "Smith", s.English);
        var order = await s.OrderAsync(customer, address);

        var rendered = await s.App.Tokens.RenderForOrderAsync(order.Id, "Re %Order.OrderNumbr%", "<p>%customer.fullname% %Order.OrderNumber% %Wishlist.URLForCustomer%</p>");
        var fromCustomerPage = await s.App.Tokens.RenderForCustomerAsync(customer.Id, "Order %Order.OrderNumber%", "<p>%Customer.FullName%</p>");

        Assert.That(rendered.UnknownTokens, Is.EqualTo(new[] { "%Order.OrderNumbr%", "%customer.fullname%", "%Wishlist.URLForCustomer%" }));
        Assert.That(rendered.Body, Does.Contain("%customer.fullname%").And.Contain(order.CustomOrderNumber));
        Assert.That(fromCustomerPage.UnknownTokens, Is.EqualTo(new[] { "%Order.OrderNumber%" }));
        Assert.That(fromCustomerPage.Body, Is.EqualTo("<p>Ann Smith</p>"));
    }

    [Test]
    public async Task Shipment_tokens_come_from_the_latest_shipment()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var (customer, address) = await s.CustomerAsync("ann@example.com", "Ann", "Smith", s.English);
        var order = await s.OrderAsync(customer, address);
        await s.ShipmentAsync(order, "OLD-1", StoreData.Now.AddDays(-2));
        var latest = await s.ShipmentAsync(order, "1Z<999>", StoreData.Now.AddDays(-1));

        var rendered = await s.App.Tokens.RenderForOrderAsync(order.Id, "x", "<p>%Shipment.TrackingNumber% / %Shipment.ShipmentNumber%</p>");

        Assert.That(rendered.Body, Is.EqualTo($"<p>1Z&lt;999&gt; / {latest.Id}</p>"));
        Assert.That(rendered.WarningKeys, Is.Empty);
    }

    [Test]
    public async Task Without_a_shipment_shipment_tokens_are_empty_and_a_warning_says_so()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var (customer, address) = await s.CustomerAsync("ann@example.com", "Ann", "Smith", s.English);
        var order = await s.OrderAsync(customer, address);

        var rendered = await s.App.Tokens.RenderForOrderAsync(order.Id, "x", "<p>Tracking: %Shipment.TrackingNumber%.</p>");

        Assert.That(rendered.Body, Is.EqualTo("<p>Tracking: .</p>"));
        Assert.That(rendered.UnknownTokens, Is.Empty);
        Assert.That(rendered.WarningKeys, Is.EqualTo(new[] { Keys.NoShipment }));
    }

    [Test]
    public async Task Language_falls_back_from_the_customer_to_the_order_to_the_store_default()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var (noChoice, address) = await s.CustomerAsync("a@example.fr", "A", "B", null);
        var order = await s.OrderAsync(noChoice, address);
        order.CustomerLanguageId = s.French.Id;
        await Database.Repository<Nop.Core.Domain.Orders.Order>().UpdateAsync(order);

        var german = new Language { Name = "Deutsch", LanguageCulture = "de-DE", UniqueSeoCode = "de", Published = false };
        await Database.Repository<Language>().InsertAsync(german);
        var (withUnpublished, address2) = await s.CustomerAsync("c@example.de", "C", "D", german);
        var order2 = await s.OrderAsync(withUnpublished, address2);
        order2.CustomerLanguageId = german.Id;
        await Database.Repository<Nop.Core.Domain.Orders.Order>().UpdateAsync(order2);

        Assert.That((await s.App.Tokens.RenderForOrderAsync(order.Id, "x", "<p>x</p>")).LanguageId, Is.EqualTo(s.French.Id));
        Assert.That((await s.App.Tokens.RenderForOrderAsync(order2.Id, "x", "<p>x</p>")).LanguageId, Is.EqualTo(s.English.Id));
        Assert.That((await s.App.Tokens.RenderForOrderAsync(order.Id, "x", "<p>x</p>", s.English.Id)).LanguageId, Is.EqualTo(s.English.Id));
    }

    [Test]
    public async Task Missing_email_address_and_email_account_are_warned()
    {
        var s = await RepliesScenario.CreateAsync(Database, withEmailAccount: false);
        var (customer, _) = await s.CustomerAsync("", "No", "Mail", s.English);
        customer.Email = null;
        await Database.Repository<Customer>().UpdateAsync(customer);

        var rendered = await s.App.Tokens.RenderForCustomerAsync(customer.Id, "x", "<p>%Store.Email%|%Customer.FullName%</p>");

        Assert.That(rendered.Found, Is.True);
        Assert.That(rendered.Body, Is.EqualTo("<p>|No Mail</p>"));
        Assert.That(rendered.WarningKeys, Is.EquivalentTo(new[] { Keys.NoEmailAddress, Keys.NoEmailAccount }));
    }

    [Test]
    public async Task A_vendor_cannot_render_an_order_without_its_items_nor_a_customer()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var (customer, address) = await s.CustomerAsync("ann@example.com", "Ann", "Smith", s.English);
        var order = await s.OrderAsync(customer, address);
        s.App.As(s.Staff, vendorId: 7);

        var rendered = await s.App.Tokens.RenderForOrderAsync(order.Id, Subject, Body);
        var forCustomer = await s.App.Tokens.RenderForCustomerAsync(customer.Id, Subject, Body);

        Assert.That(rendered.Found, Is.False);
        Assert.That(rendered.Body, Is.Null);
        Assert.That(forCustomer.Found, Is.False);
    }

    [Test]
    public async Task Allowed_tokens_are_nopCommerce_groups_of_the_context()
    {
        var s = await RepliesScenario.CreateAsync(Database);

        var order = await s.App.Tokens.GetAllowedTokensAsync(ReplyContextKind.Order);
        var customer = await s.App.Tokens.GetAllowedTokensAsync(ReplyContextKind.Customer);

        Assert.That(order, Does.Contain("%Order.OrderNumber%").And.Contain("%Shipment.TrackingNumber%").And.Contain("%Customer.FullName%").And.Contain("%Store.Name%"));
        Assert.That(customer, Does.Contain("%Customer.FullName%").And.Contain("%Store.URL%").And.Not.Contain("%Order.OrderNumber%"));
    }
}
