using System.Text.RegularExpressions;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.Domain;

/// <summary>The text the reply cards edit and the HTML it stands for, both ways.</summary>
public class ReplyBodyTextTests
{
    private static IEnumerable<TestCaseData> Seeds() =>
        ReplySeeds.All.SelectMany(seed => new[] { (seed.Key + " en", seed.English.Body), (seed.Key + " fr", seed.French.Body) })
            .Select(seed => new TestCaseData(seed.Body).SetName("Seed " + seed.Item1));

    // ---------- HTML → text ----------

    [TestCaseSource(nameof(Seeds))]
    public void A_seeded_reply_reads_as_text_without_a_tag_and_comes_back_as_the_same_html(string html)
    {
        var text = ReplyBodyText.FromHtml(html);

        Assert.That(text.Text, Does.Not.Contain("<").And.Not.Contain(">").And.Not.Contain("&nbsp;"));
        Assert.That(text.DropsFormatting, Is.False);
        // Paragraphs and breaks come back as they were; nopCommerce's URL placeholders become links to themselves.
        var expected = Regex.Replace(html, "%[A-Za-z.]*URL[A-Za-z]*%", url => $"<a href=\"{url.Value}\">{url.Value}</a>");
        Assert.That(ReplyBodyText.ToHtml(text.Text), Is.EqualTo(expected));
    }

    [Test]
    public void Paragraphs_are_apart_by_a_blank_line_and_line_breaks_are_new_lines()
    {
        var text = ReplyBodyText.FromHtml(ReplySeeds.All[0].English.Body).Text;

        Assert.That(text, Does.StartWith("Hello %Order.CustomerFullName%,\n\nThank you for your message."));
        Assert.That(text, Does.EndWith("\n\nKind regards,\n%Store.Name%"));
    }

    [Test]
    public void The_rich_editor_s_empty_paragraphs_are_blank_lines_and_entities_are_characters()
    {
        const string html = "<p>Hello&nbsp;Ann &amp; co,</p><p><br></p><p>&nbsp;</p><p>Fish &lt;3 chips\n   and  more</p>";

        var text = ReplyBodyText.FromHtml(html);

        Assert.That(text.Text, Is.EqualTo("Hello Ann & co,\n\n\n\nFish <3 chips and more"));
        Assert.That(text.DropsFormatting, Is.False);
        Assert.That(ReplyBodyText.ToHtml(text.Text), Is.EqualTo("<p>Hello Ann &amp; co,</p><p><br></p><p><br></p><p>Fish &lt;3 chips and more</p>"));
    }

    [Test]
    public void Lists_are_marked_lines_nested_by_two_spaces_and_numbered_from_their_start()
    {
        const string html = "<p>Steps:</p><ol start=\"3\"><li>Open <b>your</b> order</li><li>Choose<ul><li>the item</li><li>the reason</li></ul></li>"
            + "<li>Send it<br>in its box</li></ol><ul><li>Done</li></ul>";

        var text = ReplyBodyText.FromHtml(html);

        Assert.That(text.Text, Is.EqualTo("Steps:\n\n3. Open your order\n4. Choose\n  - the item\n  - the reason\n5. Send it\n  in its box\n\n- Done"));
        Assert.That(text.DropsFormatting, Is.True, "the bold");
        Assert.That(ReplyBodyText.ToHtml(text.Text), Is.EqualTo("<p>Steps:</p><ol start=\"3\"><li>Open your order</li><li>Choose<ul><li>the item</li>"
            + "<li>the reason</li></ul></li><li>Send it<br>in its box</li></ol><ul><li>Done</li></ul>"));
    }

    [Test]
    public void A_link_is_its_address_when_that_is_its_text_else_words_in_brackets_then_the_address()
    {
        const string html = "<p>See <a href=\"https://shop.test/track?n=1&amp;c=fr\">your parcel</a>, "
            + "<a href=\"https://shop.test/faq\" target=\"_blank\">https://shop.test/faq</a> or <a href=\"mailto:help@shop.test\">write</a>.</p>"
            + "<p>Order: <a href=\"%Order.OrderURLForCustomer%\">%Order.OrderURLForCustomer%</a></p>";

        var text = ReplyBodyText.FromHtml(html);

        Assert.That(text.Text, Is.EqualTo("See [your parcel](https://shop.test/track?n=1&c=fr), https://shop.test/faq or [write](mailto:help@shop.test).\n\n"
            + "Order: %Order.OrderURLForCustomer%"));
        Assert.That(text.DropsFormatting, Is.False);
        Assert.That(ReplyBodyText.ToHtml(text.Text), Is.EqualTo("<p>See <a href=\"https://shop.test/track?n=1&amp;c=fr\">your parcel</a>, "
            + "<a href=\"https://shop.test/faq\">https://shop.test/faq</a> or <a href=\"mailto:help@shop.test\">write</a>.</p>"
            + "<p>Order: <a href=\"%Order.OrderURLForCustomer%\">%Order.OrderURLForCustomer%</a></p>"));
    }

    [Test]
    public void What_the_text_cannot_carry_is_left_out_and_said()
    {
        Assert.That(ReplyBodyText.FromHtml("<h3>Title</h3><p style=\"color:red\">Red <img src=\"x.png\"></p>"),
            Is.EqualTo(new ReplyEditableText("Title\n\nRed", true)));
        Assert.That(ReplyBodyText.FromHtml("<p>Click <a href=\"javascript:alert(1)\">here</a></p>"),
            Is.EqualTo(new ReplyEditableText("Click here", true)), "a script link keeps its words only");
        Assert.That(ReplyBodyText.FromHtml("<p>Hi<script>alert(1)</script></p><style>p{}</style><!-- note -->"),
            Is.EqualTo(new ReplyEditableText("Hi", true)));
        Assert.That(ReplyBodyText.FromHtml("<table><tr><td>Mug</td><td>2</td></tr><tr><td>Tea</td><td>1</td></tr></table>"),
            Is.EqualTo(new ReplyEditableText("Mug 2\nTea 1", true)));
        Assert.That(ReplyBodyText.FromHtml("<p>Plain <span>words</span></p>"), Is.EqualTo(new ReplyEditableText("Plain words", false)));
    }

    [Test]
    public void Blank_and_missing_bodies_are_empty_text()
    {
        Assert.That(ReplyBodyText.FromHtml(null), Is.EqualTo(new ReplyEditableText(string.Empty, false)));
        Assert.That(ReplyBodyText.FromHtml("<p><br></p>").Text, Is.Empty);
        Assert.That(ReplyBodyText.ToHtml(null), Is.Empty);
        Assert.That(ReplyBodyText.ToHtml(" \r\n\t\n"), Is.Empty);
    }

    // ---------- text → HTML ----------

    [Test]
    public void Typed_text_is_encoded_so_it_never_becomes_markup()
    {
        const string text = "<script>alert(1)</script> & <b>bold</b> \"quoted\" 'single' &amp;";

        Assert.That(ReplyBodyText.ToHtml(text),
            Is.EqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; \"quoted\" 'single' &amp;amp;</p>"));
    }

    [Test]
    public void Only_web_mail_phone_and_url_placeholder_targets_make_links_and_their_address_is_encoded()
    {
        Assert.That(ReplyBodyText.ToHtml("[x](javascript:alert(1)) [y](data:text/html,hi)"),
            Is.EqualTo("<p>[x](javascript:alert(1)) [y](data:text/html,hi)</p>"));
        Assert.That(ReplyBodyText.ToHtml("[x](https://a.test/?q=\"a\"'onmouseover=alert`1`)"),
            Is.EqualTo("<p><a href=\"https://a.test/?q=&quot;a&quot;&#39;onmouseover=alert`1`\">x</a></p>"), "the address cannot leave its attribute");
        Assert.That(ReplyBodyText.ToHtml("[call us](tel:+33123) or [contact](%Store.URL%contactus)"),
            Is.EqualTo("<p><a href=\"tel:+33123\">call us</a> or <a href=\"%Store.URL%contactus\">contact</a></p>"));
    }

    [Test]
    public void An_address_at_the_end_of_a_sentence_leaves_its_full_stop_out()
    {
        Assert.That(ReplyBodyText.ToHtml("Track it on https://track.test/?n=%Shipment.TrackingNumber%. Thanks!"),
            Is.EqualTo("<p>Track it on <a href=\"https://track.test/?n=%Shipment.TrackingNumber%\">https://track.test/?n=%Shipment.TrackingNumber%</a>. Thanks!</p>"));
        Assert.That(ReplyBodyText.ToHtml("In your account (%Order.OrderURLForCustomer%), then %Order.OrderNumber%."),
            Is.EqualTo("<p>In your account (<a href=\"%Order.OrderURLForCustomer%\">%Order.OrderURLForCustomer%</a>), then %Order.OrderNumber%.</p>"));
    }

    [Test]
    public void A_list_may_follow_a_line_of_text_and_an_unindented_line_ends_it()
    {
        const string text = "Here is how:\n1. Open the order\n   on the site\n2) Click Return\nThanks\n* one\n• two\n-not a list\n- ";

        Assert.That(ReplyBodyText.ToHtml(text), Is.EqualTo("<p>Here is how:</p><ol><li>Open the order<br>on the site</li><li>Click Return</li></ol>"
            + "<p>Thanks</p><ul><li>one</li><li>two</li></ul><p>-not a list<br>-</p>"));
    }

    [Test]
    public void Each_blank_line_after_the_first_is_an_empty_paragraph_and_blank_lines_around_the_text_are_dropped()
    {
        Assert.That(ReplyBodyText.ToHtml("\n\nA\nB\n\nC\n\n\n\nD\n\n"), Is.EqualTo("<p>A<br>B</p><p>C</p><p><br></p><p><br></p><p>D</p>"));
        Assert.That(ReplyBodyText.ToHtml("A\r\n\r\nB\rC"), Is.EqualTo("<p>A</p><p>B<br>C</p>"));
    }

    [Test]
    public void Text_read_from_its_own_html_is_the_same_text()
    {
        const string text = "Hello %Customer.FullName%,\n\nYour order %Order.OrderNumber%:\n\n- ships today\n  from Lyon\n  - by post\n- tracked\n\n\n"
            + "7. seventh\n8. eighth\n\nSee [the FAQ](%Store.URL%faq) or https://shop.test/help, & write <back>.\nBye";

        var html = ReplyBodyText.ToHtml(text);

        Assert.That(ReplyBodyText.FromHtml(html), Is.EqualTo(new ReplyEditableText(text, false)));
    }
}
