using Keys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Save;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Replies.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class CannedReplyServiceTests : DatabaseTestBase
{
    public CannedReplyServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Saving_a_new_reply_stores_every_field()
    {
        var s = await RepliesScenario.CreateAsync(Database);

        var result = await s.App.Library.SaveAsync(new CannedReplyInput
        {
            Title = " Late delivery ", Category = "Shipping", Shortcut = "late", Subject = "Order %Order.OrderNumber%",
            Body = "<p>Sorry %Order.CustomerFullName%</p>", LanguageId = s.French.Id, StoreId = s.Store.Id, Active = false, DisplayOrder = 4
        });

        var saved = await s.App.Library.GetByIdAsync(result.ReplyId);
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.UnknownTokens, Is.Empty);
        Assert.That((saved.Title, saved.Category, saved.Shortcut, saved.Subject, saved.LanguageId, saved.StoreId, saved.Active, saved.DisplayOrder),
            Is.EqualTo(("Late delivery", "Shipping", "/late", "Order %Order.OrderNumber%", s.French.Id, s.Store.Id, false, 4)));
        Assert.That(saved.SeedKey, Is.Null);
    }

    // MySQL and MariaDB store NVARCHAR(n) columns in utf8 (3 bytes a character), which refuses emoji.
    [Test]
    public async Task A_reply_with_emoji_in_every_field_is_saved_as_typed()
    {
        var s = await RepliesScenario.CreateAsync(Database);

        var result = await s.App.Library.SaveAsync(new CannedReplyInput
        {
            Title = "Merci 🎉", Category = "Livraison 🚚", Shortcut = "merci", Subject = "Votre colis 📦 %Order.OrderNumber%",
            Body = "<p>À bientôt 😊</p>", LanguageId = s.French.Id
        });

        var saved = await s.App.Library.GetByIdAsync(result.ReplyId);
        Assert.That(result.Succeeded, Is.True);
        Assert.That((saved.Title, saved.Category, saved.Subject, saved.Body),
            Is.EqualTo(("Merci 🎉", "Livraison 🚚", "Votre colis 📦 %Order.OrderNumber%", "<p>À bientôt 😊</p>")));
    }

    [Test]
    public async Task Unknown_tokens_are_reported_but_the_reply_is_saved()
    {
        var s = await RepliesScenario.CreateAsync(Database);

        var result = await s.App.Library.SaveAsync(new CannedReplyInput { Title = "T", Subject = "%Order.Numbr%", Body = "<p>%Customer.FulName% %Order.OrderNumber%</p>" });

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.UnknownTokens, Is.EqualTo(new[] { "%Order.Numbr%", "%Customer.FulName%" }));
        Assert.That(await s.App.Library.GetByIdAsync(result.ReplyId), Is.Not.Null);
    }

    [Test]
    public async Task Refused_input_writes_nothing_and_says_why()
    {
        var s = await RepliesScenario.CreateAsync(Database);

        var empty = await s.App.Library.SaveAsync(new CannedReplyInput { Title = "T", Body = "<p>&nbsp;</p>" });
        var huge = await s.App.Library.SaveAsync(new CannedReplyInput { Title = "T", Body = "<p>" + new string('x', 5 * 1024 * 1024) + "</p>" });
        var badShortcut = await s.App.Library.SaveAsync(new CannedReplyInput { Title = "T", Body = "<p>x</p>", Shortcut = "/two words" });
        var badLanguage = await s.App.Library.SaveAsync(new CannedReplyInput { Title = "T", Body = "<p>x</p>", LanguageId = 999 });

        Assert.That(empty.Errors.Select(e => e.ResourceKey), Is.EqualTo(new[] { Keys.BodyRequired }));
        Assert.That(huge.Errors.Select(e => e.ResourceKey), Is.EqualTo(new[] { Keys.BodyTooLarge }));
        Assert.That(badShortcut.Errors.Select(e => e.ResourceKey), Is.EqualTo(new[] { Keys.ShortcutInvalid }));
        Assert.That(badLanguage.Errors.Select(e => e.ResourceKey), Is.EqualTo(new[] { Keys.LanguageUnknown }));
        Assert.That(new[] { empty, huge, badShortcut, badLanguage }.Select(r => r.Succeeded), Is.All.False);
        Assert.That(await Database.Repository<CannedReply>().Table.CountAsync(r => r.Id > 0), Is.Zero);
    }

    [Test]
    public async Task A_shortcut_is_unique_per_language_and_store_among_live_replies_ignoring_case()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var first = await s.ReplyAsync("Late", "/late", "s", "<p>a</p>", s.English.Id);

        var duplicate = await s.App.Library.SaveAsync(new CannedReplyInput { Title = "Other", Shortcut = "/LATE", Body = "<p>b</p>", LanguageId = s.English.Id });
        var otherLanguage = await s.App.Library.SaveAsync(new CannedReplyInput { Title = "Retard", Shortcut = "/late", Body = "<p>b</p>", LanguageId = s.French.Id });
        var update = await s.App.Library.SaveAsync(new CannedReplyInput { Id = first.Id, Title = "Late!", Shortcut = "/late", Body = "<p>c</p>", LanguageId = s.English.Id });
        await s.App.Library.DeleteAsync(first.Id);
        var afterDelete = await s.App.Library.SaveAsync(new CannedReplyInput { Title = "New late", Shortcut = "/late", Body = "<p>d</p>", LanguageId = s.English.Id });

        Assert.That(duplicate.Errors.Single(), Is.EqualTo(duplicate.Errors.Single() with { Field = "Shortcut", ResourceKey = Keys.ShortcutTaken }));
        Assert.That(duplicate.Errors.Single().Args, Is.EqualTo(new object[] { "/LATE", "Late" }));
        Assert.That((otherLanguage.Succeeded, update.Succeeded, afterDelete.Succeeded), Is.EqualTo((true, true, true)));
    }

    /// <summary>
    /// Six instances, each on its own thread, released together (<see cref="Race"/>). The race-only path: the
    /// shortcut was free when an instance checked it, then the unique index refused its insert. The test fails if
    /// that never happened (instances checking after the winner saved simply came late).
    /// </summary>
    [Test]
    public async Task Instances_saving_the_same_shortcut_at_once_one_wins_and_the_others_get_the_message()
    {
        const string lost = "insert refused by the unique shortcut index";
        var races = new RaceCounter(lost);
        var s = await RepliesScenario.CreateAsync(Database);
        var instances = Enumerable.Range(0, 6).Select(_ => s.AnotherInstance()).ToList();
        using var refusals = new DatabaseRefusals(Database);

        await Race.RoundsAsync(5, 100, races, async round =>
        {
            var shortcut = $"/late{round}";
            var rejectedBefore = refusals.RejectedInserts(ReplyTables.Reply);

            var results = await Race.RunAsync(instances.Select((instance, i) => (Func<Task<ReplySaveResult>>)(() => instance.Library.SaveAsync(
                new CannedReplyInput { Title = $"Late {round}.{i}", Shortcut = shortcut, Body = "<p>x</p>", LanguageId = s.English.Id }))).ToList());

            Assert.That(results.Count(r => r.Succeeded), Is.EqualTo(1), $"round {round}: one instance saved the shortcut");
            var winner = results.Single(r => r.Succeeded);
            var winnerTitle = (await Database.Repository<CannedReply>().GetByIdAsync(winner.ReplyId)).Title;
            Assert.That(results.Where(r => !r.Succeeded).Select(r => r.Errors.Single()),
                Has.All.Matches<ReplyFieldError>(e => e.ResourceKey == Keys.ShortcutTaken && e.Args.SequenceEqual(new object[] { shortcut, winnerTitle })), $"round {round}");
            Assert.That(await Database.Repository<CannedReply>().Table.CountAsync(r => r.Shortcut == shortcut), Is.EqualTo(1), $"round {round}");
            races.Add(lost, refusals.RejectedInserts(ReplyTables.Reply) - rejectedBefore);
        });
    }

    [Test]
    public async Task Delete_is_soft_and_hides_the_reply()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var reply = await s.ReplyAsync("Late", "/late", "s", "<p>a</p>");

        Assert.That(await s.App.Library.DeleteAsync(reply.Id), Is.True);
        Assert.That(await s.App.Library.DeleteAsync(reply.Id), Is.False);
        Assert.That(await s.App.Library.GetByIdAsync(reply.Id), Is.Null);
        Assert.That((await s.App.Library.SearchAsync(new CannedReplySearch())).Count, Is.Zero);
        Assert.That((await Database.Repository<CannedReply>().GetByIdAsync(reply.Id)).Deleted, Is.True);
    }

    [Test]
    public async Task Search_filters_by_keywords_category_language_store_and_state()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        await s.App.Library.SaveAsync(new CannedReplyInput { Title = "Refund done", Category = "Returns", Shortcut = "/refund", Body = "<p>refunded</p>", LanguageId = s.English.Id });
        await s.App.Library.SaveAsync(new CannedReplyInput { Title = "Remboursement", Category = "Retours", Shortcut = "/rembourse", Body = "<p>remboursé</p>", LanguageId = s.French.Id });
        await s.App.Library.SaveAsync(new CannedReplyInput { Title = "Hello", Category = "General", Body = "<p>Any language, tracking info</p>", LanguageId = 0, Active = false });
        await s.App.Library.SaveAsync(new CannedReplyInput { Title = "Store only", Category = "General", Body = "<p>x</p>", StoreId = s.Store.Id });

        async Task<string[]> Titles(CannedReplySearch search) => (await s.App.Library.SearchAsync(search)).Select(r => r.Title).OrderBy(t => t).ToArray();

        Assert.That(await Titles(new CannedReplySearch { Keywords = "refund" }), Is.EqualTo(new[] { "Refund done" }));
        Assert.That(await Titles(new CannedReplySearch { Keywords = "tracking" }), Is.EqualTo(new[] { "Hello" }));
        Assert.That(await Titles(new CannedReplySearch { Keywords = "/remb" }), Is.EqualTo(new[] { "Remboursement" }));
        Assert.That(await Titles(new CannedReplySearch { Category = "General" }), Is.EqualTo(new[] { "Hello", "Store only" }));
        Assert.That(await Titles(new CannedReplySearch { LanguageId = s.French.Id }), Is.EqualTo(new[] { "Hello", "Remboursement", "Store only" }));
        Assert.That(await Titles(new CannedReplySearch { LanguageId = 0 }), Is.EqualTo(new[] { "Hello", "Store only" }));
        Assert.That(await Titles(new CannedReplySearch { Active = false }), Is.EqualTo(new[] { "Hello" }));
        Assert.That(await s.App.Library.GetCategoriesAsync(), Is.EqualTo(new[] { "General", "Retours", "Returns" }));
        Assert.That((await s.App.Library.SearchAsync(new CannedReplySearch(), 1, 3)).Select(r => r.Title).Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task The_picker_puts_shortcut_matches_first_and_shows_one_version_per_family()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var lateEn = await s.ReplyAsync("Late delivery", "/late", "s", "<p>a</p>", s.English.Id, seedKey: "delay");
        var lateFr = await s.ReplyAsync("Retard de livraison", "/retard", "s", "<p>a</p>", s.French.Id, seedKey: "delay");
        var latest = await s.ReplyAsync("Latest news", "/news", "s", "<p>a</p>", 0);
        var inactive = await s.App.Library.SaveAsync(new CannedReplyInput { Title = "Late (old)", Shortcut = "/late-old", Body = "<p>x</p>", Active = false });

        var byShortcut = await s.App.Library.FindForUseAsync("/lat", s.English.Id, s.Store.Id);
        var byText = await s.App.Library.FindForUseAsync("lat", s.English.Id, s.Store.Id);
        var french = await s.App.Library.FindForUseAsync("", s.French.Id, s.Store.Id);

        Assert.That(byShortcut.Select(r => r.Id), Is.EqualTo(new[] { lateEn.Id }));
        Assert.That(byText.Select(r => r.Id), Is.EqualTo(new[] { lateEn.Id, latest.Id }));
        Assert.That(french.Select(r => r.Id), Is.EquivalentTo(new[] { lateFr.Id, latest.Id }));
        Assert.That(byText.Select(r => r.Id), Does.Not.Contain(inactive.ReplyId));
    }

    [Test]
    public async Task A_reply_resolves_to_the_customers_language_version_or_falls_back_and_says_so()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var en = await s.ReplyAsync("Late delivery", "/late", "s", "<p>a</p>", s.English.Id, seedKey: "delay");
        var fr = await s.ReplyAsync("Retard", "/retard", "s", "<p>a</p>", s.French.Id, seedKey: "delay");
        var englishOnly = await s.ReplyAsync("Gift wrap", "/gift", "s", "<p>a</p>", s.English.Id);
        var forAll = await s.ReplyAsync("Thanks", "/thanks", "s", "<p>a</p>", 0);

        var toFrench = await s.App.Library.ResolveForLanguageAsync(en.Id, s.French.Id);
        var toEnglish = await s.App.Library.ResolveForLanguageAsync(fr.Id, s.English.Id);
        var missing = await s.App.Library.ResolveForLanguageAsync(englishOnly.Id, s.French.Id);
        var universal = await s.App.Library.ResolveForLanguageAsync(forAll.Id, s.French.Id);

        Assert.That((toFrench.Reply.Id, toFrench.FellBack), Is.EqualTo((fr.Id, false)));
        Assert.That((toEnglish.Reply.Id, toEnglish.FellBack), Is.EqualTo((en.Id, false)));
        Assert.That((missing.Reply.Id, missing.FellBack, missing.RequestedLanguageId), Is.EqualTo((englishOnly.Id, true, s.French.Id)));
        Assert.That((universal.Reply.Id, universal.FellBack), Is.EqualTo((forAll.Id, false)));
        Assert.That((await s.App.Library.ResolveForLanguageAsync(12345, s.French.Id)).Reply, Is.Null);
    }
}
