using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.Domain;

public class ReplyTextTests
{
    [Test]
    public void Paragraphs_breaks_and_list_items_become_lines()
    {
        var html = "<p>Hello Ann,</p><p>Your order <strong>#12</strong> left today.<br>Tracking: 1Z&nbsp;999</p><ul><li>Mug</li><li>Tea</li></ul><p>Thanks</p>";

        Assert.That(HtmlToPlainText.Convert(html), Is.EqualTo("Hello Ann,\nYour order #12 left today.\nTracking: 1Z 999\n- Mug\n- Tea\nThanks"));
    }

    [Test]
    public void Scripts_styles_and_comments_are_dropped_with_their_content() =>
        Assert.That(HtmlToPlainText.Convert("<style>p{color:red}</style><p>Hi<script>alert(1)</script></p><!-- x -->"), Is.EqualTo("Hi"));

    [Test]
    public void Encoded_customer_data_comes_back_as_plain_text_for_nopCommerce_to_encode_once() =>
        Assert.That(HtmlToPlainText.Convert("<p>Dear &lt;svg/onload=alert(1)&gt; &amp; co</p>"), Is.EqualTo("Dear <svg/onload=alert(1)> & co"));

    [Test]
    public void Table_cells_are_separated() =>
        Assert.That(HtmlToPlainText.Convert("<table><tr><td>Mug</td><td>2</td></tr><tr><td>Tea</td><td>1</td></tr></table>"), Is.EqualTo("Mug 2\nTea 1"));

    [Test]
    public void Blank_lines_are_kept_at_most_one()
    {
        Assert.That(HtmlToPlainText.Convert("<p>A</p><p>&nbsp;</p><p>&nbsp;</p><p>B</p>"), Is.EqualTo("A\n\nB"));
        Assert.That(HtmlToPlainText.Convert(null), Is.Empty);
    }

    [Test]
    public void A_link_keeps_its_address_after_its_words_unless_the_words_are_the_address() =>
        Assert.That(HtmlToPlainText.Convert("<p>See <a href=\"https://t.test/?a=1&amp;b=2\">your <b>parcel</b></a> or <a href=\"https://x.test\">https://x.test</a></p>"),
            Is.EqualTo("See your parcel (https://t.test/?a=1&b=2) or https://x.test"));

    [Test]
    public void Attribute_description_for_a_packing_slip_is_one_line() =>
        Assert.That(HtmlToPlainText.OneLine("Size: XL<br />Colour: <b>Red</b> &amp; white<br>"), Is.EqualTo("Size: XL; Colour: Red & white"));
}
