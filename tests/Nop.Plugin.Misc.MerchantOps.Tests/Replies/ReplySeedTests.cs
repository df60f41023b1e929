using NUnit.Framework;
using Nop.Core.Domain.Localization;
using Nop.Plugin.Misc.MerchantOps.Replies.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies;

/// <summary>Seeds through the plugin's install, update and language-added consumer, as nopCommerce runs them.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class ReplySeedInstallTests
{
    private readonly DatabaseEngine _engine;
    private PluginStore _store;

    public ReplySeedInstallTests(DatabaseEngine engine)
    {
        _engine = engine;
    }

    [SetUp]
    public async Task CreateStore() => _store = await PluginStore.CreateAsync(_engine);

    [TearDown]
    public async Task DisposeStore()
    {
        var consumerErrors = _store.Database.EventPublisher.ConsumerErrors;
        await _store.DisposeAsync();
        Assert.That(consumerErrors, Is.Empty, "an event consumer of the plugin threw");
    }

    private Task<List<CannedReply>> RepliesAsync() => _store.Database.Repository<CannedReply>().Table.OrderBy(r => r.Id).ToListAsync();

    private async Task<int> LanguageIdAsync(string culture) =>
        (await _store.Languages.GetAllLanguagesAsync(showHidden: true)).Single(l => l.LanguageCulture == culture).Id;

    [Test]
    public async Task Install_seeds_every_answer_in_English_and_French_only()
    {
        await _store.InstallPluginSucceedsAsync();

        var replies = await RepliesAsync();
        var english = await LanguageIdAsync("en-US");
        var french = await LanguageIdAsync("fr-FR");
        Assert.That(replies.Where(r => r.LanguageId == english).Select(r => r.SeedKey), Is.EquivalentTo(ReplySeeds.All.Select(seed => seed.Key)));
        Assert.That(replies.Where(r => r.LanguageId == french).Select(r => r.SeedKey), Is.EquivalentTo(ReplySeeds.All.Select(seed => seed.Key)));
        Assert.That(replies, Has.Count.EqualTo(2 * ReplySeeds.All.Count));
        Assert.That(replies.Single(r => r.LanguageId == french && r.SeedKey == "where-is-my-order").Title, Is.EqualTo("Où est ma commande ?"));
        Assert.That(replies.Select(r => r.Shortcut), Is.Unique);
        Assert.That(replies.All(r => r.Active && !r.Deleted && r.StoreId == 0), Is.True);
    }

    [Test]
    public async Task Installing_again_and_updating_never_overwrite_the_owners_edits_nor_bring_back_deleted_seeds()
    {
        await _store.InstallPluginSucceedsAsync();
        var rows = _store.Database.Repository<CannedReply>();
        var replies = await RepliesAsync();
        var edited = replies[0];
        edited.Body = "<p>My own words</p>";
        await rows.UpdateAsync(edited);
        var deleted = replies[1];
        deleted.Deleted = true;
        deleted.RefreshShortcutKey();
        await rows.UpdateAsync(deleted);

        await _store.CreatePlugin().InstallAsync();
        await _store.CreatePlugin().UpdateAsync("1.0.0", "1.1.0");

        var after = await RepliesAsync();
        Assert.That(after, Has.Count.EqualTo(2 * ReplySeeds.All.Count));
        Assert.That(after.Single(r => r.Id == edited.Id).Body, Is.EqualTo("<p>My own words</p>"));
        Assert.That(after.Single(r => r.Id == deleted.Id).Deleted, Is.True);
        Assert.That(after.Count(r => r.SeedKey == deleted.SeedKey && r.LanguageId == deleted.LanguageId), Is.EqualTo(1));
    }

    [Test]
    public async Task An_update_adds_a_seed_that_is_missing()
    {
        await _store.InstallPluginSucceedsAsync();
        var rows = _store.Database.Repository<CannedReply>();
        // As when a newer version of the plugin brings a new seed: the row has never existed.
        await rows.DeleteAsync((await RepliesAsync()).First(r => r.SeedKey == "review-request"));

        await _store.CreatePlugin().UpdateAsync("1.0.0", "1.1.0");

        Assert.That(await RepliesAsync(), Has.Count.EqualTo(2 * ReplySeeds.All.Count));
    }

    [Test]
    public async Task A_French_language_added_after_install_gets_the_French_seeds_and_another_language_none()
    {
        await _store.InstallPluginSucceedsAsync();

        var canada = await _store.AddLanguageAsync("Français (Canada)", "fr-CA", "fc");
        var dutch = await _store.AddLanguageAsync("Nederlands", "nl-NL", "nl");

        var replies = await RepliesAsync();
        Assert.That(replies.Where(r => r.LanguageId == canada.Id).Select(r => r.Title).ToList(), Does.Contain("Où est ma commande ?").And.Count.EqualTo(ReplySeeds.All.Count));
        Assert.That(replies.Where(r => r.LanguageId == dutch.Id), Is.Empty);
    }

    [Test]
    public async Task A_seed_whose_shortcut_the_owner_already_uses_comes_without_shortcut()
    {
        await _store.InstallPluginSucceedsAsync();
        var english = await LanguageIdAsync("en-US");
        var rows = _store.Database.Repository<CannedReply>();
        var where = (await RepliesAsync()).Single(r => r.LanguageId == english && r.SeedKey == "where-is-my-order");
        await rows.DeleteAsync(where);
        var own = new CannedReply { Title = "Mine", Shortcut = "/where", Body = "<p>x</p>", LanguageId = english, Active = true, CreatedOnUtc = StoreData.Now, UpdatedOnUtc = StoreData.Now };
        own.RefreshShortcutKey();
        await rows.InsertAsync(own);

        await _store.CreatePlugin().UpdateAsync("1.0.0", "1.1.0");

        var seeded = (await RepliesAsync()).Single(r => r.LanguageId == english && r.SeedKey == "where-is-my-order");
        Assert.That(seeded.Shortcut, Is.Null);
        Assert.That((await rows.GetByIdAsync(own.Id)).Shortcut, Is.EqualTo("/where"));
    }

    [Test]
    public async Task Uninstall_drops_the_replies_and_leaves_the_store_as_before()
    {
        var before = await _store.SnapshotAsync();
        await _store.InstallPluginSucceedsAsync();

        await _store.UninstallPluginAsync();

        Assert.That(await _store.SnapshotAsync(), Is.EqualTo(before));
        Assert.That(await _store.Database.GetTableNamesAsync(), Does.Not.Contain(ReplyTables.Reply));
    }
}

/// <summary>Every seeded reply renders with real data, in English and in French, with no unknown token.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class ReplySeedRenderingTests : DatabaseTestBase
{
    public ReplySeedRenderingTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Every_seed_renders_for_a_realistic_order_and_customer_in_both_languages_with_no_unknown_token()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        Assert.That(await s.App.Seeder.SeedAsync(), Is.EqualTo(2 * ReplySeeds.All.Count));
        var checkedCount = 0;

        foreach (var language in new[] { s.English, s.French })
        {
            var (customer, address) = await s.CustomerAsync($"c{language.Id}@example.com", "Camille", "O'Neil & Co", language);
            var order = await s.OrderAsync(customer, address);
            await s.ShipmentAsync(order, "1Z999AA10123456784", StoreData.Now);

            var seeds = await s.App.Library.SearchAsync(new CannedReplySearch { LanguageId = language.Id });
            Assert.That(seeds, Has.Count.EqualTo(ReplySeeds.All.Count));
            foreach (var reply in seeds)
            {
                var forOrder = await s.App.Tokens.RenderForOrderAsync(order.Id, reply.Subject, reply.Body);
                Assert.That(forOrder.UnknownTokens, Is.Empty, reply.SeedKey);
                Assert.That(forOrder.WarningKeys, Is.Empty, reply.SeedKey);
                Assert.That(forOrder.LanguageId, Is.EqualTo(language.Id));
                Assert.That(forOrder.Subject + forOrder.Body, Does.Not.Contain("%"), reply.SeedKey);
                Assert.That(forOrder.Body, Does.Contain("Tea &amp; Mugs"), reply.SeedKey);
                checkedCount++;

                var seed = ReplySeeds.All.Single(x => x.Key == reply.SeedKey);
                if (!seed.NeedsOrder)
                {
                    var forCustomer = await s.App.Tokens.RenderForCustomerAsync(customer.Id, reply.Subject, reply.Body);
                    Assert.That(forCustomer.UnknownTokens, Is.Empty, reply.SeedKey);
                    Assert.That(forCustomer.Body, Does.Contain("Camille O&#39;Neil &amp; Co"), reply.SeedKey);
                }
            }
        }

        Assert.That(checkedCount, Is.EqualTo(2 * ReplySeeds.All.Count));
    }

    [Test]
    public async Task Seeds_that_need_no_order_use_only_store_and_customer_tokens()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var customerTokens = await s.App.Tokens.GetAllowedTokensAsync(ReplyContextKind.Customer);

        foreach (var seed in ReplySeeds.All.Where(seed => !seed.NeedsOrder))
        foreach (var text in new[] { seed.English, seed.French })
            Assert.That(ReplyTokens.FindUnknown(new[] { text.Subject, text.Body }, customerTokens), Is.Empty, seed.Key);
    }
}
