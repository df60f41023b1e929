using System.Diagnostics;
using System.Text;
using NUnit.Framework;
using Nop.Core.Domain.Messages;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies;

/// <summary>
/// Timings of the reply services on a library of 1,000 replies (run by hand: dotnet test --filter Category=Measure).
/// They print their numbers and check the work was done; they set no time limit (shared CI machines vary).
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
[Explicit("measurement")]
[Category("Measure")]
public class ReplyMeasurements : DatabaseTestBase
{
    public ReplyMeasurements(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Import_export_picker_send_and_log_on_a_library_of_1000_replies()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var csv = new StringBuilder("Title,Category,Shortcut,Subject,Body,Language,Store,Active,DisplayOrder\r\n");
        for (var i = 0; i < 1000; i++)
            csv.Append($"Reply {i},Category {i % 12},/r{i},Order %Order.OrderNumber%,\"<p>Hello %Order.CustomerFullName%, answer {i}, with \"\"quotes\"\"</p>\",{(i % 2 == 0 ? "en-US" : "fr-FR")},0,true,{i}\r\n");

        var watch = Stopwatch.StartNew();
        var import = await s.App.Csv.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())));
        var importTime = watch.Elapsed;

        watch.Restart();
        var exported = await s.App.Csv.ExportAsync(new CannedReplySearch());
        var exportTime = watch.Elapsed;

        watch.Restart();
        IList<CannedReply> picked = null;
        for (var i = 0; i < 20; i++)
            picked = await s.App.Library.FindForUseAsync("/r5", s.English.Id, s.Store.Id);
        var pickerTime = watch.Elapsed / 20;

        var (customer, address) = await s.CustomerAsync("ann@example.com", "Ann", "Smith", s.English);
        var order = await s.OrderAsync(customer, address);
        var reply = (await s.App.Library.SearchAsync(new CannedReplySearch { Keywords = "/r10" })).First();
        watch.Restart();
        for (var i = 0; i < 50; i++)
            await s.App.Sender.SendAsync(new ReplySendRequest
            {
                SendKey = Guid.NewGuid(), ReplyId = reply.Id, OrderId = order.Id, CustomerId = customer.Id,
                Subject = reply.Subject, Body = reply.Body, SendEmail = true, AddOrderNote = i % 2 == 0
            });
        var sendTime = watch.Elapsed / 50;

        watch.Restart();
        var page = await s.App.Log.SearchSendsAsync(new ReplySendLogSearch(), 0, 50);
        var logTime = watch.Elapsed;

        TestContext.Out.WriteLine($"{Engine}: import 1000 lines {importTime.TotalMilliseconds:F0} ms; export {exported.Length / 1024} KiB {exportTime.TotalMilliseconds:F0} ms; " +
            $"picker {pickerTime.TotalMilliseconds:F1} ms; send (render + email + note) {sendTime.TotalMilliseconds:F1} ms; log page of 50 {logTime.TotalMilliseconds:F0} ms");

        Assert.That((import.Succeeded, import.Created), Is.EqualTo((true, 1000)));
        Assert.That(picked.Select(r => r.Shortcut), Is.All.StartWith("/r5"));
        Assert.That(await Database.Repository<QueuedEmail>().Table.CountAsync(e => e.Id > 0), Is.EqualTo(50));
        Assert.That(page.Count, Is.EqualTo(50));
    }
}
