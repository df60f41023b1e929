using NUnit.Framework;
using Nop.Core.Domain.Messages;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class ReplyLogServiceTests : DatabaseTestBase
{
    public ReplyLogServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    private static ReplySendRequest Request(int replyId, int orderId, int customerId, bool email = true, bool note = false) => new()
    {
        SendKey = Guid.NewGuid(), ReplyId = replyId, OrderId = orderId, CustomerId = customerId,
        Subject = "Order %Order.OrderNumber%", Body = "<p>Hello %Order.CustomerFullName%</p>", SendEmail = email, AddOrderNote = note
    };

    [Test]
    public async Task The_log_reads_each_email_status_from_nopCommerce_queue()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var (customer, address) = await s.CustomerAsync("ann@example.com", "Ann", "Smith", s.English);
        var order = await s.OrderAsync(customer, address);
        var reply = await s.ReplyAsync("Late delivery", "/late", "s", "<p>x</p>");
        var sends = new List<ReplySendResult>();
        for (var i = 0; i < 5; i++)
        {
            s.Clock.Advance(TimeSpan.FromMinutes(1));
            sends.Add(await s.App.Sender.SendAsync(Request(reply.Id, order.Id, customer.Id, email: i < 4, note: i == 4)));
        }

        var emails = Database.Repository<QueuedEmail>();
        var sent = await emails.GetByIdAsync(sends[1].QueuedEmailId);
        sent.SentOnUtc = StoreData.Now;
        await emails.UpdateAsync(sent);
        var failed = await emails.GetByIdAsync(sends[2].QueuedEmailId);
        failed.SentTries = 3;
        await emails.UpdateAsync(failed);
        await emails.DeleteAsync(await emails.GetByIdAsync(sends[3].QueuedEmailId));

        var log = await s.App.Log.SearchSendsAsync(new ReplySendLogSearch { OrderId = order.Id }, 0, 20);

        Assert.That(log.Select(row => row.SendId), Is.EqualTo(sends.Select(send => send.SendId).Reverse()), "newest first");
        Assert.That(log.Select(row => row.EmailStatus), Is.EqualTo(new[]
        {
            ReplyEmailStatus.None, ReplyEmailStatus.Deleted, ReplyEmailStatus.Failed, ReplyEmailStatus.Sent, ReplyEmailStatus.Queued
        }));
        var first = log.Last();
        Assert.That((first.ReplyTitle, first.SentByName, first.OrderNumber, first.ToEmail, first.CustomerId, first.SentAsEmail, first.AddedAsNote),
            Is.EqualTo(("Late delivery", "Sam Support", order.CustomOrderNumber, "ann@example.com", customer.Id, true, false)));
    }

    [Test]
    public async Task The_log_filters_and_pages()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var (ann, annAddress) = await s.CustomerAsync("ann@example.com", "Ann", "Smith", s.English);
        var (bob, bobAddress) = await s.CustomerAsync("bob@example.com", "Bob", "Jones", s.English);
        var annOrder = await s.OrderAsync(ann, annAddress);
        var bobOrder = await s.OrderAsync(bob, bobAddress);
        var late = await s.ReplyAsync("Late", "/late", "s", "<p>x</p>");
        var thanks = await s.ReplyAsync("Thanks", "/thanks", "s", "<p>x</p>");
        for (var i = 0; i < 6; i++)
        {
            s.Clock.Advance(TimeSpan.FromHours(1));
            await s.App.Sender.SendAsync(Request(i % 2 == 0 ? late.Id : thanks.Id, i < 4 ? annOrder.Id : bobOrder.Id, i < 4 ? ann.Id : bob.Id));
        }

        Assert.That((await s.App.Log.SearchSendsAsync(new ReplySendLogSearch { CustomerId = bob.Id })).TotalCount, Is.EqualTo(2));
        Assert.That((await s.App.Log.SearchSendsAsync(new ReplySendLogSearch { ReplyId = late.Id })).TotalCount, Is.EqualTo(3));
        Assert.That((await s.App.Log.SearchSendsAsync(new ReplySendLogSearch { FromUtc = StoreData.Now.AddHours(2), ToUtc = StoreData.Now.AddHours(4) })).TotalCount, Is.EqualTo(2));
        var page = await s.App.Log.SearchSendsAsync(new ReplySendLogSearch(), 1, 4);
        Assert.That((page.TotalCount, page.Count, page.PageIndex), Is.EqualTo((6, 2, 1)));
    }

    [Test]
    public async Task A_vendor_sees_only_the_sends_they_made()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var (ann, address) = await s.CustomerAsync("ann@example.com", "Ann", "Smith", s.English);
        var order = await s.OrderAsync(ann, address);
        var reply = await s.ReplyAsync("Late", "/late", "s", "<p>x</p>");
        await s.App.Sender.SendAsync(Request(reply.Id, order.Id, ann.Id));

        s.App.As(s.Staff, vendorId: 3);
        var asVendorStaff = await s.App.Log.SearchSendsAsync(new ReplySendLogSearch());
        var other = StoreData.Customer("vendor@example.com");
        await Database.Repository<Nop.Core.Domain.Customers.Customer>().InsertAsync(other);
        s.App.As(other, vendorId: 3);
        var asOtherVendor = await s.App.Log.SearchSendsAsync(new ReplySendLogSearch());

        Assert.That((asVendorStaff.TotalCount, asOtherVendor.TotalCount), Is.EqualTo((1, 0)));
    }

    [Test]
    public async Task Usage_lists_the_most_used_first_and_the_never_used_with_zero()
    {
        var s = await RepliesScenario.CreateAsync(Database);
        var (ann, address) = await s.CustomerAsync("ann@example.com", "Ann", "Smith", s.English);
        var order = await s.OrderAsync(ann, address);
        var late = await s.ReplyAsync("Late", "/late", "s", "<p>x</p>");
        var thanks = await s.ReplyAsync("Thanks", "/thanks", "s", "<p>x</p>");
        var never = await s.ReplyAsync("Never used", "/never", "s", "<p>x</p>");
        var deleted = await s.ReplyAsync("Deleted", "/deleted", "s", "<p>x</p>");
        await s.App.Library.DeleteAsync(deleted.Id);
        s.Clock.Advance(TimeSpan.FromDays(1));
        await s.App.Sender.SendAsync(Request(thanks.Id, order.Id, ann.Id));
        for (var i = 0; i < 3; i++)
        {
            s.Clock.Advance(TimeSpan.FromDays(1));
            await s.App.Sender.SendAsync(Request(late.Id, order.Id, ann.Id));
        }

        var usage = await s.App.Log.GetUsageAsync(null, null);
        var lastTwoDays = await s.App.Log.GetUsageAsync(StoreData.Now.AddDays(2.5), null);

        Assert.That(usage.Select(row => (row.Title, row.Sends)), Is.EqualTo(new[] { ("Late", 3), ("Thanks", 1), ("Never used", 0) }));
        Assert.That(usage[0].LastSentUtc, Is.EqualTo(StoreData.Now.AddDays(4)));
        Assert.That(usage.Single(row => row.ReplyId == never.Id).LastSentUtc, Is.Null);
        Assert.That(lastTwoDays.Select(row => (row.Title, row.Sends)), Is.EqualTo(new[] { ("Late", 2), ("Never used", 0), ("Thanks", 0) }));
    }
}
