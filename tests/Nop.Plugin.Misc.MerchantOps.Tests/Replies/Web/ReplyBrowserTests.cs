using Microsoft.Playwright;
using Nop.Plugin.Misc.MerchantOps.Tests.Packing.Web;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;

/// <summary>
/// The reply screens in headless chromium (Debian's): what a customer or a colleague typed stays text in the grids,
/// the picker and the preview (no script runs, no dialog opens), and the order page flow works with the keyboard only.
/// </summary>
[NonParallelizable]
public class ReplyBrowserTests
{
    private const string Script = "<svg/onload=alert(1)>";

    private Chromium _chromium;
    private ReplyWebHost _web;
    private BrowserPage _browser;

    [OneTimeSetUp]
    public async Task StartBrowserAsync() => _chromium = await Chromium.StartAsync();

    [OneTimeTearDown]
    public async Task StopBrowserAsync()
    {
        if (_chromium != null)
            await _chromium.DisposeAsync();
    }

    [SetUp]
    public async Task StartAsync()
    {
        _web = await ReplyWebHost.StartAsync();
        _browser = await _chromium.OpenAsync(_web.Host.BaseAddress);
    }

    [TearDown]
    public async Task StopAsync()
    {
        TestContext.Out.WriteLine(string.Join("\n", _browser.Console));
        await _browser.DisposeAsync();
        await _web.DisposeAsync();
    }

    private IPage Page => _browser.Page;
    private ReplyStore Store => _web.Store;

    /// <summary>Lets a would-be onload/onerror handler run before looking for its dialog.</summary>
    private async Task NoDialogAsync()
    {
        await Page.WaitForTimeoutAsync(300);
        Assert.That(_browser.Dialogs, Is.Empty, "a script typed by a customer or a colleague ran");
    }

    [Test]
    public async Task A_customer_named_like_a_script_shows_as_text_on_the_reply_lists_the_picker_and_the_preview()
    {
        var customer = await Store.CustomerAsync("camille@example.com", Script, "Martin", ReplyStore.English);
        var order = await Store.OrderAsync(customer);
        await Store.ReplyAsync(Script + " title", "/where", "<p>Hello %Customer.FullName%</p>", subject: "For %Customer.FullName%");
        //a first send, so that the send log lists the customer
        var reply = (await Store.RepliesAsync()).Single();
        var first = await _web.PostAjaxAsync("Admin/ReplyCard/Send", $"Admin/ReplyPageProbe/Order/{order.Id}", ("SendKey", Guid.NewGuid().ToString()),
            ("ReplyId", reply.Id.ToString()), ("OrderId", order.Id.ToString()), ("Subject", reply.Subject), ("Body", reply.Body), ("SendEmail", "true"));
        Assert.That(first.Body, Does.Contain("\"Succeeded\":true"), first.Body);

        await Page.GotoAsync("Admin/Replies/List");
        await Page.Locator("#replies-grid tbody tr:not(.no-data)").First.WaitForAsync();
        Assert.That(await Page.Locator("#replies-grid tbody td").First.InnerTextAsync(), Is.EqualTo(Script + " title"));
        Assert.That(await Page.Locator("#replies-grid svg").CountAsync(), Is.Zero);

        await Page.GotoAsync("Admin/Replies/SendLog");
        await Page.Locator("#reply-sends-grid tbody tr:not(.no-data)").First.WaitForAsync();
        Assert.That(await Page.Locator("#reply-sends-grid tbody").InnerTextAsync(), Does.Contain(Script + " Martin").And.Contain(Script + " title"));
        Assert.That(await Page.Locator("#reply-sends-grid svg").CountAsync(), Is.Zero);

        await Page.GotoAsync($"Admin/ReplyPageProbe/Order/{order.Id}");
        Assert.That(await Page.Locator("#replies-to-name").InnerTextAsync(), Is.EqualTo(Script + " Martin"));
        await Page.Locator("#replies-search").FillAsync("/wh");
        await Page.Locator(".replies-pick-item").First.WaitForAsync();
        Assert.That(await Page.Locator(".replies-pick-title").First.InnerTextAsync(), Is.EqualTo(Script + " title"));

        await Page.Locator(".replies-pick-item").First.ClickAsync();
        await Page.WaitForFunctionAsync("() => document.getElementById('merchantops-replies').getAttribute('data-state') === 'preview'");
        Assert.That(await Page.Locator("#replies-preview-subject").InnerTextAsync(), Does.Contain(Script).Or.Contain("&lt;svg"),
            "the subject is text");
        var frameBody = Page.FrameLocator("#replies-preview-frame").Locator("body");
        Assert.That(await frameBody.InnerTextAsync(), Does.Contain("Hello " + Script + " Martin"));
        Assert.That(await Page.FrameLocator("#replies-preview-frame").Locator("svg").CountAsync(), Is.Zero);
        Assert.That(await Page.Locator("#merchantops-replies svg").CountAsync(), Is.Zero);
        Assert.That(await Page.Locator("#replies-preview-frame").GetAttributeAsync("sandbox"), Is.EqualTo(string.Empty), "no script runs in the preview");
        await NoDialogAsync();
    }

    [Test]
    public async Task On_the_order_page_a_reply_is_picked_previewed_and_sent_with_the_keyboard_once()
    {
        var customer = await Store.CustomerAsync("camille@example.com", "Camille", "Martin", ReplyStore.French);
        var order = await Store.OrderAsync(customer, trackingNumber: "TRK-77");
        await Store.ReplyAsync("Where is my order", "/where", "<p>Your order %Order.OrderNumber%: %Shipment.TrackingNumber%</p>", ReplyStore.English, "Your order");
        await Store.ReplyAsync("Où est ma commande", "/where", "<p>Votre commande %Order.OrderNumber% : %Shipment.TrackingNumber%</p>", ReplyStore.French, "Votre commande");
        await Store.ReplyAsync("Refund done", "/refund", "<p>Refunded.</p>", ReplyStore.English);

        await Page.GotoAsync($"Admin/ReplyPageProbe/Order/{order.Id}");
        await Page.Locator("#replies-search").FocusAsync();
        await Page.Keyboard.TypeAsync("/where");
        await Page.Keyboard.PressAsync("Enter");

        await Page.WaitForFunctionAsync("() => document.getElementById('merchantops-replies').getAttribute('data-state') === 'preview'");
        Assert.That(Page.Url, Does.Contain($"/ReplyPageProbe/Order/{order.Id}"), "Enter did not submit nopCommerce's order form");
        Assert.That(await Page.Locator("#replies-subject").InputValueAsync(), Is.EqualTo("Votre commande"), "the customer's language");
        Assert.That(await Page.FrameLocator("#replies-preview-frame").Locator("body").InnerTextAsync(), Does.Contain("TRK-77").And.Contain(order.CustomOrderNumber));
        Assert.That(await _browser.FocusedIdAsync(), Is.EqualTo("replies-send"), "the preview hands the keyboard to Send");

        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForFunctionAsync("() => document.getElementById('merchantops-replies').getAttribute('data-state') === 'sent'");
        await Page.Keyboard.PressAsync("Enter");
        await Page.Keyboard.PressAsync("Space");
        await Page.WaitForTimeoutAsync(300);

        Assert.That(await Page.Locator("#replies-result").InnerTextAsync(), Does.Contain("camille@example.com"));
        var email = (await Store.EmailsAsync()).Single();
        Assert.That(email.Subject, Is.EqualTo("Votre commande"));
        Assert.That(email.Body, Does.Contain("TRK-77"));
        Assert.That(await Store.SendsAsync(), Has.Count.EqualTo(1), "sent once");
        Assert.That(await Store.NotesAsync(order.Id), Has.Count.EqualTo(1), "every send from an order writes a note");
        await NoDialogAsync();
    }
}
