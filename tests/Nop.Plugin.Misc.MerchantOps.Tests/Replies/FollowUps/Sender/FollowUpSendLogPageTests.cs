using Newtonsoft.Json.Linq;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;
using NUnit.Framework;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Sender;

/// <summary>The send log page with automatic sends: "Automatic: rule" as the sender, the "automatic only" filter.</summary>
public class FollowUpSendLogPageTests
{
    private ReplyWebHost _web;

    [SetUp]
    public async Task StartAsync() => _web = await ReplyWebHost.StartAsync();

    [TearDown]
    public async Task StopAsync()
    {
        var unhandled = _web.Host.UnhandledExceptions;
        await _web.DisposeAsync();
        Assert.That(unhandled, Is.Empty);
    }

    [Test]
    public async Task The_log_names_the_rule_of_an_automatic_send_and_filters_automatic_sends_only()
    {
        var store = _web.Store;
        var customer = await store.CustomerAsync("camille@example.com");
        var order = await store.OrderAsync(customer);
        var reply = await store.ReplyAsync("Review request", "/review", "<p>Hello</p>");
        var rule = new FollowUpRule
        {
            Name = "<svg/onload=alert(1)>", Trigger = FollowUpTrigger.ReviewRequest, ReplyId = reply.Id, DelayHours = 24, Active = true, Version = 1,
            CreatedOnUtc = DateTime.UtcNow, UpdatedOnUtc = DateTime.UtcNow
        };
        await _web.Database.Repository<FollowUpRule>().InsertAsync(rule);
        var now = DateTime.UtcNow;
        var automatic = CannedReplySend.Begin(Guid.NewGuid(), reply.Id, order.Id, customer.Id, 0, 0, "Your opinion", true, false, false, "camille@example.com", now, TimeSpan.Zero, rule.Id);
        var manual = CannedReplySend.Begin(Guid.NewGuid(), reply.Id, order.Id, customer.Id, 0, 0, "Hello", true, false, false, "camille@example.com", now.AddMinutes(-1), TimeSpan.Zero);
        await _web.Database.Repository<CannedReplySend>().InsertAsync(automatic);
        await _web.Database.Repository<CannedReplySend>().InsertAsync(manual);
        _web.Allow(Permissions.RepliesUse);

        var page = await _web.GetPageAsync("Admin/Replies/SendLog");
        var all = JObject.Parse((await _web.PostAjaxAsync("Admin/Replies/SendLogList", "Admin/Replies/SendLog", ("Start", "0"), ("Length", "20"))).Body);
        var only = JObject.Parse((await _web.PostAjaxAsync("Admin/Replies/SendLogList", "Admin/Replies/SendLog", ("Start", "0"), ("Length", "20"), ("AutomaticOnly", "true"))).Body);

        Assert.That(page, Does.Contain("name=\"AutomaticOnly\""));
        Assert.That(page, Does.Contain("Automatic only"));
        Assert.That(all["Data"]!.Count(), Is.EqualTo(2));
        var row = only["Data"]!.Single();
        Assert.That(((int)row["Id"], (string)row["SentBy"], (bool)row["Automatic"]), Is.EqualTo((automatic.Id, "Automatic: <svg/onload=alert(1)>", true)),
            "raw in the JSON: nopCommerce's grid encodes a column without its own renderer (escapeHtml)");
    }
}
