using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.Domain;

public class ReplyTokensTests
{
    private static readonly string[] Allowed = ["%Order.OrderNumber%", "%Customer.FullName%", "%Order.Product(s)%", "%Shipment.TrackingNumber%"];

    [Test]
    public void Finds_placeholders_once_in_order_of_appearance()
    {
        var text = "<p>Hello %Customer.FullName%, order %Order.OrderNumber% (%Order.OrderNumber%): %Order.Product(s)%</p>";

        Assert.That(ReplyTokens.FindPlaceholders(text), Is.EqualTo(new[] { "%Customer.FullName%", "%Order.OrderNumber%", "%Order.Product(s)%" }));
    }

    [TestCase("Save 50% on your next order, 100%!")]
    [TestCase("%% literal")]
    [TestCase("50%.")]
    [TestCase("width: 100%; height: 50%")]
    [TestCase("%NoGroup%")]
    [TestCase("% Order.OrderNumber %")]
    [TestCase("")]
    [TestCase(null)]
    public void Percent_signs_that_are_not_tokens_are_ignored(string text) =>
        Assert.That(ReplyTokens.FindPlaceholders(text), Is.Empty);

    [Test]
    public void A_token_after_a_percentage_is_still_found() =>
        Assert.That(ReplyTokens.FindPlaceholders("Save 50% on %Order.OrderNumber% today"), Is.EqualTo(new[] { "%Order.OrderNumber%" }));

    [Test]
    public void Tokens_inside_nopCommerce_conditional_statements_are_found_and_the_statement_is_not() =>
        Assert.That(ReplyTokens.FindPlaceholders("%if (%Order.Shippable%) Shipped by %Order.ShippingMethod% endif%"),
            Is.EqualTo(new[] { "%Order.Shippable%", "%Order.ShippingMethod%" }));

    [Test]
    public void Misspelt_and_wrong_case_tokens_are_unknown_because_nopCommerce_replaces_case_sensitively()
    {
        var text = "%Order.OrderNumber% %Order.OrderNumbr% %customer.fullname% %Shipment.TrackingNumber% %Foo.Bar%";

        Assert.That(ReplyTokens.FindUnknown(text, Allowed), Is.EqualTo(new[] { "%Order.OrderNumbr%", "%customer.fullname%", "%Foo.Bar%" }));
    }

    [Test]
    public void Unknown_tokens_of_subject_and_body_are_reported_once() =>
        Assert.That(ReplyTokens.FindUnknown(new[] { "Re: %Order.Numbr%", "<p>%Order.Numbr% %Order.OrderNumber%</p>" }, Allowed),
            Is.EqualTo(new[] { "%Order.Numbr%" }));

    [Test]
    public void Key_of_a_placeholder_is_the_token_key() =>
        Assert.That(ReplyTokens.KeyOf("%Order.Product(s)%"), Is.EqualTo("Order.Product(s)"));
}
