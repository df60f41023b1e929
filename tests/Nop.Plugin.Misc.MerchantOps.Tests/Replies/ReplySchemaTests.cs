using System.Data.Common;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Replies.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class ReplySchemaTests : DatabaseTestBase
{
    private static readonly string[] Tables = [ReplyTables.Reply, ReplyTables.Send];

    public ReplySchemaTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Install_creates_the_reply_tables_with_their_indexes()
    {
        await Database.InstallPluginSchemaAsync(runMigrations: true);

        Assert.That(await Database.GetTableNamesAsync(), Is.SupersetOf(Tables));
        Assert.That(await Database.GetIndexNamesAsync(ReplyTables.Send), Does.Contain(ReplyTables.SendKeyIndex));
        Assert.That(await Database.GetIndexNamesAsync(ReplyTables.Reply), Does.Contain(ReplyTables.ShortcutKeyIndex).And.Contain(ReplyTables.PickerIndex));
    }

    [Test]
    public async Task Uninstall_drops_the_reply_tables()
    {
        await Database.InstallPluginSchemaAsync(runMigrations: true);

        await Database.UninstallPluginSchemaAsync();

        var tables = await Database.GetTableNamesAsync();
        Assert.That(tables, Does.Not.Contain(ReplyTables.Reply).And.Not.Contain(ReplyTables.Send));
    }

    [Test]
    public async Task Reinstall_after_uninstall_creates_the_tables_again()
    {
        await Database.InstallPluginSchemaAsync(runMigrations: true);
        await Database.UninstallPluginSchemaAsync();

        await Database.InstallPluginSchemaAsync(runMigrations: true);

        Assert.That(await Database.GetTableNamesAsync(), Is.SupersetOf(Tables));
    }

    [Test]
    public async Task A_reply_round_trips_with_a_large_html_body()
    {
        await Database.InstallPluginSchemaAsync();
        var body = "<p>" + new string('é', ReplyLimits.MaxBodyLength - 10) + "</p>";
        var reply = NewReply("/late", 0, 0);
        reply.Body = body;

        await Database.Repository<CannedReply>().InsertAsync(reply);

        var read = await Database.Repository<CannedReply>().GetByIdAsync(reply.Id);
        Assert.That(read.Body, Is.EqualTo(body));
        Assert.That(read.ShortcutKey, Is.EqualTo("0|0|/late"));
    }

    [Test]
    public async Task The_database_refuses_a_second_send_with_the_same_key()
    {
        await Database.InstallPluginSchemaAsync();
        var key = Guid.NewGuid();
        var sends = Database.Repository<CannedReplySend>();
        await sends.InsertAsync(NewSend(key));

        Assert.ThrowsAsync(Is.InstanceOf<DbException>(), () => sends.InsertAsync(NewSend(key)));
        Assert.That(await sends.Table.CountAsync(s => s.SendKey == key), Is.EqualTo(1));
    }

    [Test]
    public async Task The_database_refuses_the_same_live_shortcut_for_a_language_and_store_but_not_after_a_delete()
    {
        await Database.InstallPluginSchemaAsync();
        var replies = Database.Repository<CannedReply>();
        var first = NewReply("/late", 2, 0);
        await replies.InsertAsync(first);

        Assert.ThrowsAsync(Is.InstanceOf<DbException>(), () => replies.InsertAsync(NewReply("/LATE", 2, 0)));
        await replies.InsertAsync(NewReply("/late", 1, 0));
        await replies.InsertAsync(NewReply("/late", 2, 1));
        await replies.InsertAsync(NewReply(null, 2, 0));
        await replies.InsertAsync(NewReply(null, 2, 0));

        first.Deleted = true;
        first.RefreshShortcutKey();
        await replies.UpdateAsync(first);
        await replies.InsertAsync(NewReply("/late", 2, 0));

        Assert.That(await replies.Table.CountAsync(r => r.LanguageId == 2 && r.StoreId == 0 && r.Shortcut == "/late" && !r.Deleted), Is.EqualTo(1));
    }

    private static CannedReply NewReply(string shortcut, int languageId, int storeId)
    {
        var reply = new CannedReply
        {
            Title = "Late " + shortcut,
            Shortcut = shortcut,
            Body = "<p>Sorry</p>",
            LanguageId = languageId,
            StoreId = storeId,
            Active = true,
            CreatedOnUtc = StoreData.Now,
            UpdatedOnUtc = StoreData.Now
        };
        reply.RefreshShortcutKey();
        return reply;
    }

    private static CannedReplySend NewSend(Guid key) => new()
    {
        SendKey = key,
        ReplyId = 1,
        CustomerId = 1,
        SentByCustomerId = 1,
        Subject = "Hello",
        CreatedOnUtc = StoreData.Now
    };
}
