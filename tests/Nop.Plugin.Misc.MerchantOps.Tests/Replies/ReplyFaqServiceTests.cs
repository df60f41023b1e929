using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Seo;
using Nop.Core.Domain.Topics;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using NUnit.Framework;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Faq;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class ReplyFaqServiceTests : DatabaseTestBase
{
    public ReplyFaqServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    private Task<List<Topic>> TopicsAsync() => Database.Repository<Topic>().Table.ToListAsync();

    [Test]
    public async Task Selected_replies_become_one_published_topic_with_a_French_version_and_a_slug()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var costsEn = await s.ReplyAsync("Delivery <costs>?", "/costs", "s", "<p>Shown at checkout on %Store.URL% by %Store.Name%.</p>", s.English.Id, seedKey: "costs");
        await s.ReplyAsync("Frais de livraison ?", "/frais", "s", "<p>Affichés à la commande sur %Store.URL%.</p>", s.French.Id, seedKey: "costs");
        var payment = await s.ReplyAsync("Payment", "/pay", "s", "<p>Card or transfer.</p>", 0);

        var result = await s.App.Faq.PublishAsync(new List<int> { costsEn.Id, payment.Id });

        var topic = (await TopicsAsync()).Single();
        Assert.That((result.Succeeded, result.ResourceKey, result.TopicId, result.RefusedReplyIds.Count), Is.EqualTo((true, Keys.Published, topic.Id, 0)));
        Assert.That((topic.SystemName, topic.Published, topic.Title), Is.EqualTo((ReplyFaqService.TopicSystemName, true, "Frequently asked questions")));
        Assert.That(topic.Body, Does.Contain("<h3>Delivery &lt;costs&gt;?</h3>").And.Contain("Shown at checkout on https://shop.test/ by Tea &amp; Mugs.")
            .And.Contain("<h3>Payment</h3>").And.Not.Contain("Frais"));

        var french = await Database.Repository<LocalizedProperty>().Table
            .Where(p => p.EntityId == topic.Id && p.LocaleKeyGroup == nameof(Topic) && p.LanguageId == s.French.Id).ToListAsync();
        Assert.That(french.Single(p => p.LocaleKey == nameof(Topic.Title)).LocaleValue, Is.EqualTo("Questions fréquentes"));
        Assert.That(french.Single(p => p.LocaleKey == nameof(Topic.Body)).LocaleValue,
            Does.Contain("<h3>Frais de livraison ?</h3>").And.Contain("Affichés à la commande sur https://shop.test/.").And.Contain("<h3>Payment</h3>").And.Not.Contain("Delivery"));

        var slug = (await Database.Repository<UrlRecord>().Table.ToListAsync()).Single();
        Assert.That((slug.EntityId, slug.EntityName, slug.Slug, slug.IsActive, slug.LanguageId), Is.EqualTo((topic.Id, nameof(Topic), "frequently-asked-questions", true, 0)));
    }

    [Test]
    public async Task Republishing_updates_the_same_topic_even_if_the_owner_unpublished_it_and_keeps_the_owners_slug()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var costs = await s.ReplyAsync("Delivery costs", "/costs", "s", "<p>At checkout.</p>", 0);
        var payment = await s.ReplyAsync("Payment", "/pay", "s", "<p>Card.</p>", 0);
        var first = await s.App.Faq.PublishAsync(new List<int> { costs.Id });
        var topic = (await TopicsAsync()).Single();
        topic.Published = false;
        await Database.Repository<Topic>().UpdateAsync(topic);
        await s.App.UrlRecords.SaveSlugAsync(topic, "faq", 0);

        var second = await s.App.Faq.PublishAsync(new List<int> { payment.Id });

        var republished = (await TopicsAsync()).Single();
        Assert.That((second.Succeeded, second.TopicId, republished.Id, republished.Published), Is.EqualTo((true, first.TopicId, first.TopicId, true)));
        Assert.That(republished.Body, Does.Contain("Payment").And.Not.Contain("Delivery costs"));
        Assert.That((await Database.Repository<UrlRecord>().Table.ToListAsync()).Select(r => (r.Slug, r.IsActive)),
            Is.EquivalentTo(new[] { ("frequently-asked-questions", false), ("faq", true) }), "the owner's slug is kept");
    }

    [Test]
    public async Task Replies_with_order_customer_or_unknown_tokens_are_left_out_and_reported()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var personal = await s.ReplyAsync("Where is my order", "/where", "s", "<p>Order %Order.OrderNumber% for %Customer.FullName%</p>", 0);
        var unknown = await s.ReplyAsync("Typo", "/typo", "s", "<p>%Store.Nme%</p>", 0);
        var general = await s.ReplyAsync("Opening hours", "/hours", "s", "<p>9 to 5 at %Store.Name%</p>", 0);

        var onlyPersonal = await s.App.Faq.PublishAsync(new List<int> { personal.Id });
        Assert.That((onlyPersonal.Succeeded, onlyPersonal.ResourceKey, onlyPersonal.RefusedReplyIds), Is.EqualTo((false, Keys.NothingPublishable, new List<int> { personal.Id })));
        Assert.That(await TopicsAsync(), Is.Empty);

        var mixed = await s.App.Faq.PublishAsync(new List<int> { personal.Id, unknown.Id, general.Id });
        Assert.That(mixed.Succeeded, Is.True);
        Assert.That(mixed.RefusedReplyIds, Is.EquivalentTo(new[] { personal.Id, unknown.Id }));
        Assert.That((await TopicsAsync()).Single().Body, Does.Contain("Opening hours").And.Not.Contain("%"));
    }

    [Test]
    public async Task Nothing_selected_is_refused()
    {
        var s = await RepliesScenario.CreateAsync(Database);

        var result = await s.App.Faq.PublishAsync(new List<int>());

        Assert.That((result.Succeeded, result.ResourceKey), Is.EqualTo((false, Keys.NothingSelected)));
        Assert.That(await TopicsAsync(), Is.Empty);
    }
}
