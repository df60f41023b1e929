using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Infrastructure;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Screens;

/// <summary>The three seeded rules through the plugin's install and update, in a store whose default language is English or French.</summary>
[TestFixture(DatabaseEngine.Sqlite, "en-US")]
[TestFixture(DatabaseEngine.Sqlite, "fr-FR")]
[TestFixture(DatabaseEngine.PostgreSql, "en-US")]
[TestFixture(DatabaseEngine.PostgreSql, "fr-FR")]
public class FollowUpRuleSeedTests
{
    private readonly DatabaseEngine _engine;
    private readonly string _culture;
    private PluginStore _store;
    private Language _language;

    public FollowUpRuleSeedTests(DatabaseEngine engine, string culture)
    {
        _engine = engine;
        _culture = culture;
    }

    [SetUp]
    public async Task CreateStoreAsync()
    {
        _store = await PluginStore.CreateAsync(_engine);
        _language = (await _store.Languages.GetAllLanguagesAsync(showHidden: true)).Single(l => l.LanguageCulture == _culture);
        await _store.Database.Repository<Store>().InsertAsync(new Store
        {
            Name = "Tea & Mugs", Url = "https://shop.test/", Hosts = "shop.test", CompanyName = "Tea & Mugs Ltd", CompanyAddress = "1 High Street",
            DefaultLanguageId = _language.Id
        });
    }

    [TearDown]
    public async Task DisposeStoreAsync() => await _store.DisposeAsync();

    private Task<List<FollowUpRule>> RulesAsync() => _store.Database.Repository<FollowUpRule>().Table.OrderBy(r => r.Id).ToListAsync();

    [Test]
    public async Task Install_seeds_the_three_rules_inactive_for_every_store_each_sending_its_reply_in_the_stores_language()
    {
        await _store.InstallPluginSucceedsAsync();

        var rules = await RulesAsync();
        var replies = await _store.Database.Repository<CannedReply>().Table.ToListAsync();
        Assert.That(rules.Select(r => r.SeedKey), Is.EquivalentTo(new[] { "review-request", "unpaid-order", "abandoned-cart" }));
        Assert.That(rules.All(r => !r.Active && !r.Deleted && r.StoreId == 0 && r.ActivatedOnUtc == null && r.Version == 1), Is.True);
        foreach (var rule in rules)
        {
            var reply = replies.Single(r => r.Id == rule.ReplyId);
            Assert.That((reply.SeedKey, reply.LanguageId), Is.EqualTo((rule.SeedKey, _language.Id)), rule.SeedKey);
            Assert.That(rule.Name, Is.EqualTo(FollowUpRuleSeeds.All.Single(seed => seed.Key == rule.SeedKey).NameFor(_culture)));
        }

        var review = rules.Single(r => r.SeedKey == "review-request");
        var unpaid = rules.Single(r => r.SeedKey == "unpaid-order");
        var cart = rules.Single(r => r.SeedKey == "abandoned-cart");
        Assert.That((review.Trigger, review.DelayHours, review.MaxReminders, review.CountFromShipped), Is.EqualTo((FollowUpTrigger.ReviewRequest, 7 * 24, 1, false)));
        Assert.That((unpaid.Trigger, unpaid.DelayHours, unpaid.MaxReminders), Is.EqualTo((FollowUpTrigger.UnpaidOrder, 48, 2)));
        Assert.That((cart.Trigger, cart.DelayHours, cart.MaxReminders), Is.EqualTo((FollowUpTrigger.AbandonedCart, 24, 1)));
        Assert.That(review.Name, Does.StartWith(_culture.StartsWith("fr") ? "Demande d’avis" : "Review request"));
    }

    [Test]
    public async Task Installing_again_and_updating_never_overwrite_the_owners_edits_nor_bring_back_a_deleted_rule()
    {
        await _store.InstallPluginSucceedsAsync();
        var rows = _store.Database.Repository<FollowUpRule>();
        var rules = await RulesAsync();
        var edited = rules.Single(r => r.SeedKey == "unpaid-order");
        edited.Name = "My own reminder";
        edited.DelayHours = 72;
        edited.Active = true;
        await rows.UpdateAsync(edited);
        var deleted = rules.Single(r => r.SeedKey == "abandoned-cart");
        deleted.Deleted = true;
        await rows.UpdateAsync(deleted);

        await _store.CreatePlugin().InstallAsync();
        await _store.CreatePlugin().UpdateAsync("1.0.0", "1.1.0");

        var after = await RulesAsync();
        Assert.That(after, Has.Count.EqualTo(3));
        Assert.That(after.Single(r => r.Id == edited.Id), Has.Property(nameof(FollowUpRule.Name)).EqualTo("My own reminder")
            .And.Property(nameof(FollowUpRule.DelayHours)).EqualTo(72).And.Property(nameof(FollowUpRule.Active)).True);
        Assert.That(after.Single(r => r.SeedKey == "abandoned-cart").Deleted, Is.True);
    }

    [Test]
    public async Task An_update_brings_a_rule_that_never_existed_and_a_seed_whose_reply_is_gone_everywhere_gets_none()
    {
        await _store.InstallPluginSucceedsAsync();
        var rows = _store.Database.Repository<FollowUpRule>();
        // As when a newer plugin brings a new seeded rule: its row has never existed.
        await rows.DeleteAsync((await RulesAsync()).Single(r => r.SeedKey == "review-request"));
        await rows.DeleteAsync((await RulesAsync()).Single(r => r.SeedKey == "abandoned-cart"));
        var replies = _store.Database.Repository<CannedReply>();
        foreach (var reply in (await replies.Table.ToListAsync()).Where(r => r.SeedKey == "abandoned-cart"))
        {
            reply.Deleted = true;
            await replies.UpdateAsync(reply);
        }

        await _store.CreatePlugin().UpdateAsync("1.0.0", "1.1.0");

        var after = await RulesAsync();
        Assert.That(after.Select(r => r.SeedKey), Is.EquivalentTo(new[] { "unpaid-order", "review-request" }));
        Assert.That(after.Single(r => r.SeedKey == "review-request").ReplyId,
            Is.EqualTo((await replies.Table.ToListAsync()).Single(r => r.SeedKey == "review-request" && r.LanguageId == _language.Id).Id));
    }
}
