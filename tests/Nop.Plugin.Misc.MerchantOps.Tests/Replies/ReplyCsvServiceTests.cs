using System.Text;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Csv;
using SaveKeys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Save;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class ReplyCsvServiceTests : DatabaseTestBase
{
    private const string Header = "Title,Category,Shortcut,Subject,Body,Language,Store,Active,DisplayOrder";

    public ReplyCsvServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    private Task<List<CannedReply>> RowsAsync() => Database.Repository<CannedReply>().Table.OrderBy(r => r.Id).ToListAsync();

    [Test]
    public async Task Export_then_import_then_export_gives_the_same_bytes_with_commas_quotes_newlines_accents_and_formulas()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var inputs = new[]
        {
            new CannedReplyInput { Title = "Délai, \"express\" livraison", Category = "Livraison", Shortcut = "/délai", Subject = "Re: %Order.OrderNumber%, \"urgent\"",
                Body = "<p>Bonjour,\r\nligne 2\nligne 3 — àéîõü ß 中文</p>", LanguageId = s.French.Id, StoreId = s.Store.Id, Active = false, DisplayOrder = -3 },
            new CannedReplyInput { Title = "=SUM(A1:A9)", Category = "+cat", Shortcut = "/formula", Subject = "-minus", Body = "@SUM(1)", LanguageId = s.English.Id, DisplayOrder = 2 },
            new CannedReplyInput { Title = "'quoted already", Category = null, Shortcut = "/quote", Subject = null, Body = "<p>'=not a formula</p>", LanguageId = 0 },
            new CannedReplyInput { Title = "No shortcut", Body = "<p>Plain</p>" }
        };
        foreach (var input in inputs)
            Assert.That((await s.App.Library.SaveAsync(input)).Succeeded, Is.True);

        var exported = await s.App.Csv.ExportAsync(new CannedReplySearch());
        var text = Encoding.UTF8.GetString(exported);
        var before = (await RowsAsync()).Select(Fields).ToList();
        await Database.Repository<CannedReply>().DeleteAsync(await RowsAsync());

        var imported = await s.App.Csv.ImportAsync(new MemoryStream(exported));
        var again = await s.App.Csv.ExportAsync(new CannedReplySearch());

        Assert.That(exported.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 byte order mark");
        Assert.That(text, Does.Contain("\"'=SUM(A1:A9)\"").Or.Contain(",'=SUM(A1:A9),").Or.Contain("'=SUM(A1:A9),"));
        Assert.That(text, Does.Contain("'+cat").And.Contain("'-minus").And.Contain("'@SUM(1)").And.Contain("''quoted already"));
        Assert.That((imported.Succeeded, imported.Created, imported.Updated), Is.EqualTo((true, 4, 0)));
        Assert.That(again, Is.EqualTo(exported));
        Assert.That((await RowsAsync()).Select(Fields), Is.EquivalentTo(before));
    }

    [Test]
    public async Task An_import_updates_replies_with_the_same_shortcut_language_and_store_and_inserts_the_others()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var existing = await s.ReplyAsync("Late", "/late", "s", "<p>old</p>", s.English.Id);

        var result = await s.App.Csv.ImportAsync(Csv($"{Header}\r\nLate (new),Shipping,/late,Subject,<p>new</p>,en-US,0,true,1\r\nRetard,Livraison,/late,Sujet,<p>nouveau</p>,fr-FR,0,true,1\r\n"));

        Assert.That((result.Succeeded, result.Created, result.Updated), Is.EqualTo((true, 1, 1)));
        var updated = await s.App.Library.GetByIdAsync(existing.Id);
        Assert.That((updated.Title, updated.Body, updated.Category), Is.EqualTo(("Late (new)", "<p>new</p>", "Shipping")));
        Assert.That(await RowsAsync(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_malformed_line_is_reported_by_its_number_and_nothing_is_imported()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        // Line 2 is a good record spread over lines 2-3 (a quoted new line); line 4 is good; line 5 has a stray quote.
        var csv = $"{Header}\r\nGood,c,/good,s,\"<p>one\r\ntwo</p>\",,0,true,1\r\nAlso good,c,/also,s,<p>x</p>,,0,true,2\r\nBad,c,/bad,s,<p>a \"quote</p>\"x,,0,true,3\r\n";

        var result = await s.App.Csv.ImportAsync(Csv(csv));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Select(e => (e.Line, e.ResourceKey)), Is.EqualTo(new[] { (5, Keys.Malformed) }));
        Assert.That(await RowsAsync(), Is.Empty);
    }

    [Test]
    public async Task Bad_values_are_reported_with_line_and_field_and_nothing_is_imported()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var csv = $"{Header}\r\nOk,c,/ok,s,<p>x</p>,,0,true,1\r\nNo body,c,/nobody,s,,,0,true,1\r\nWrong,c,/wrong,s,<p>x</p>,xx-XX,0,maybe,one\r\nDup,c,/ok,s,<p>x</p>,,0,true,1\r\n";

        var result = await s.App.Csv.ImportAsync(Csv(csv));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Select(e => (e.Line, e.Field, e.ResourceKey)), Is.EquivalentTo(new[]
        {
            (3, "Body", SaveKeys.BodyRequired),
            (4, "Language", SaveKeys.LanguageUnknown),
            (4, "Active", Keys.BadBoolean),
            (4, "DisplayOrder", Keys.BadNumber),
            (5, "Shortcut", Keys.DuplicateInFile)
        }));
        Assert.That(result.Errors.Single(e => e.ResourceKey == Keys.DuplicateInFile).Args, Is.EqualTo(new object[] { 2 }));
        Assert.That(await RowsAsync(), Is.Empty);
    }

    [Test]
    public async Task A_file_without_the_columns_or_without_lines_is_refused()
    {
        var s = await RepliesScenario.CreateAsync(Database);

        var missing = await s.App.Csv.ImportAsync(Csv("Title,Body\r\nA,<p>x</p>\r\n"));
        var empty = await s.App.Csv.ImportAsync(Csv(Header + "\r\n"));
        var nothing = await s.App.Csv.ImportAsync(Csv(""));

        Assert.That(missing.Errors.Select(e => (e.Line, e.ResourceKey)).Distinct(), Is.EqualTo(new[] { (1, Keys.MissingColumn) }));
        Assert.That(missing.Errors.Select(e => e.Field), Does.Contain("Shortcut").And.Contain("Language"));
        Assert.That(empty.Errors.Single().ResourceKey, Is.EqualTo(Keys.Empty));
        Assert.That(nothing.Errors.Single().ResourceKey, Is.EqualTo(Keys.Empty));
        Assert.That(await RowsAsync(), Is.Empty);
    }

    private static string Fields(CannedReply r) =>
        string.Join("|", r.Title, r.Category, r.Shortcut, r.Subject, r.Body, r.LanguageId, r.StoreId, r.Active, r.DisplayOrder);
}
