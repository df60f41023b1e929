using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Save;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.Domain;

public class ReplyInputRulesTests
{
    [Test]
    public void A_complete_reply_passes_and_is_normalized()
    {
        var input = Valid();
        input.Title = "  Late  ";
        input.Shortcut = " late ";
        input.Category = "  ";

        ReplyInputRules.Normalize(input);

        Assert.That(ReplyInputRules.Check(input), Is.Empty);
        Assert.That((input.Title, input.Shortcut, input.Category), Is.EqualTo(("Late", "/late", (string)null)));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("<p>&nbsp;</p>")]
    [TestCase("<p><br></p>")]
    public void An_empty_body_is_refused(string body)
    {
        var input = Valid();
        input.Body = body;

        Assert.That(Errors(input), Is.EqualTo(new[] { (nameof(input.Body), Keys.BodyRequired) }));
    }

    [Test]
    public void A_body_with_only_an_image_is_not_empty()
    {
        var input = Valid();
        input.Body = "<p><img src=\"/images/map.png\"></p>";

        Assert.That(Errors(input), Is.Empty);
    }

    [Test]
    public void A_5_MB_body_is_refused_with_the_limit_in_MB()
    {
        var input = Valid();
        input.Body = "<p>" + new string('x', 5 * 1024 * 1024) + "</p>";

        var error = ReplyInputRules.Check(input).Single();

        Assert.That((error.Field, error.ResourceKey, error.Args[0]), Is.EqualTo((nameof(input.Body), Keys.BodyTooLarge, (object)1)));
    }

    [TestCase("/late", true)]
    [TestCase("/retard-livraison_2", true)]
    [TestCase("/été", true)]
    [TestCase("late", true)]
    [TestCase("/", false)]
    [TestCase("/two words", false)]
    [TestCase("/a/b", false)]
    [TestCase("/<b>", false)]
    [TestCase("/late;", false)]
    public void Shortcut_shape(string shortcut, bool valid)
    {
        var input = Valid();
        input.Shortcut = shortcut;
        ReplyInputRules.Normalize(input);

        Assert.That(Errors(input), valid ? Is.Empty : Is.EqualTo(new[] { (nameof(input.Shortcut), Keys.ShortcutInvalid) }));
    }

    [Test]
    public void Too_long_fields_are_refused_with_their_limit()
    {
        var input = Valid();
        input.Title = new string('t', ReplyLimits.MaxTitleLength + 1);
        input.Category = new string('c', ReplyLimits.MaxCategoryLength + 1);
        input.Subject = new string('s', ReplyLimits.MaxSubjectLength + 1);
        input.Shortcut = "/" + new string('x', ReplyLimits.MaxShortcutLength);

        var errors = ReplyInputRules.Check(input);

        Assert.That(errors.Select(e => (e.Field, e.ResourceKey, (int)e.Args[0])), Is.EquivalentTo(new[]
        {
            (nameof(input.Title), Keys.TooLong, ReplyLimits.MaxTitleLength),
            (nameof(input.Category), Keys.TooLong, ReplyLimits.MaxCategoryLength),
            (nameof(input.Subject), Keys.TooLong, ReplyLimits.MaxSubjectLength),
            (nameof(input.Shortcut), Keys.TooLong, ReplyLimits.MaxShortcutLength)
        }));
    }

    [Test]
    public void A_missing_title_is_refused()
    {
        var input = Valid();
        input.Title = " ";
        ReplyInputRules.Normalize(input);

        Assert.That(Errors(input), Is.EqualTo(new[] { (nameof(input.Title), Keys.TitleRequired) }));
    }

    private static IEnumerable<(string, string)> Errors(CannedReplyInput input) =>
        ReplyInputRules.Check(input).Select(e => (e.Field, e.ResourceKey));

    private static CannedReplyInput Valid() => new()
    {
        Title = "Late delivery",
        Shortcut = "/late",
        Subject = "Your order %Order.OrderNumber%",
        Body = "<p>Sorry, %Customer.FirstName%.</p>",
        Active = true
    };
}
