using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Services.Messages;
using NUnit.Framework;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;

/// <summary>
/// The reply library, the send log and the order/customer cards as a browser gets them, over the plugin's reply
/// services and a SQLite store: permissions, antiforgery, CSV through the pages, refused input, unknown tokens,
/// sending once per key.
/// </summary>
public class ReplyPageTests
{
    private const string ListUrl = "Admin/Replies/List";
    private const string CreateUrl = "Admin/Replies/Create";

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

    private ReplyStore Store => _web.Store;

    private static string OrderPage(Order order) => $"Admin/ReplyPageProbe/Order/{order.Id}";

    private static (string, string)[] ReplyForm(string title, string body, string shortcut = "", string subject = "Your order", int languageId = 0) =>
    [
        ("Title", title), ("Category", "Delivery"), ("Shortcut", shortcut), ("Subject", subject), ("Body", body),
        ("LanguageId", languageId.ToString()), ("StoreId", "0"), ("Active", "true"), ("DisplayOrder", "0"), ("save", "")
    ];

    private async Task<JObject> SendAsync(Order order, int replyId, Guid key, string subject, string text, bool email = true, bool note = false,
        string token = null)
    {
        token ??= await _web.Host.GetAntiforgeryTokenAsync(_web.Client, OrderPage(order));
        var (status, json) = await _web.PostAjaxWithTokenAsync("Admin/ReplyCard/Send", token,
            ("SendKey", key.ToString()), ("ReplyId", replyId.ToString()), ("OrderId", order.Id.ToString()), ("CustomerId", "0"),
            ("LanguageId", "0"), ("Subject", subject), ("BodyText", text), ("SendEmail", email ? "true" : "false"),
            ("AddOrderNote", note ? "true" : "false"), ("NoteVisibleToCustomer", "false"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), json);
        return JObject.Parse(json);
    }

    private async Task<JObject> PreviewAsync(string tokenPage, int orderId, int customerId, int replyId, int languageId = 0,
        string subject = null, string text = null)
    {
        var fields = new List<(string, string)>
        {
            ("ReplyId", replyId.ToString()), ("OrderId", orderId.ToString()), ("CustomerId", customerId.ToString()),
            ("LanguageId", languageId.ToString()), ("Edited", text != null ? "true" : "false")
        };
        if (text != null)
            fields.AddRange([("Subject", subject ?? string.Empty), ("BodyText", text)]);
        var (status, json) = await _web.PostAjaxAsync("Admin/ReplyCard/Preview", tokenPage, fields.ToArray());
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), json);
        return JObject.Parse(json);
    }

    // ---------- library ----------

    [Test]
    public async Task The_library_lists_replies_with_their_language_and_the_replies_menu()
    {
        await Store.ReplyAsync("Where is my order", "/where", "<p>Hello %Customer.FullName%</p>", ReplyStore.English);
        await Store.ReplyAsync("Où est ma commande", "/where", "<p>Bonjour %Customer.FullName%</p>", ReplyStore.French);

        var html = await _web.GetPageAsync(ListUrl);
        var json = JObject.Parse((await _web.PostAjaxAsync("Admin/Replies/ReplyList", ListUrl, ("Start", "0"), ("Length", "50"),
            ("SearchLanguageId", "-1"))).Body);

        Assert.That(html, Does.Contain("id=\"replies-grid\"").And.Contain("data-menu-system-name=\"MerchantOps.Replies\""));
        Assert.That(html, Does.Contain("id=\"replies-add\"").And.Contain("id=\"replies-export\""), "a manager may add, export and import");
        var rows = json["Data"]!.ToList();
        Assert.That(rows.Select(r => (string)r["Title"]), Is.EquivalentTo(new[] { "Where is my order", "Où est ma commande" }));
        Assert.That(rows.Select(r => (string)r["Language"]), Is.EquivalentTo(new[] { "English", "Français" }));
    }

    [Test]
    public async Task A_manager_creates_a_reply_and_finds_it_in_the_list()
    {
        _web.Allow(Permissions.RepliesManage);

        using var response = await _web.PostFormAsync(CreateUrl, CreateUrl, ReplyForm("Delay notice", "<p>Sorry, %Order.OrderNumber% is late.</p>", "/late"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.EndWith("/Admin/Replies/List"));
        var reply = (await Store.RepliesAsync()).Single();
        Assert.That((reply.Title, reply.Shortcut, reply.Body), Is.EqualTo(("Delay notice", "/late", "<p>Sorry, %Order.OrderNumber% is late.</p>")));
        Assert.That(_web.Host.Notifications.Sent.Single().Type, Is.EqualTo(NotifyType.Success));
        var json = JObject.Parse((await _web.PostAjaxAsync("Admin/Replies/ReplyList", ListUrl, ("Start", "0"), ("Length", "50"),
            ("SearchKeywords", "/la"), ("SearchLanguageId", "-1"))).Body);
        Assert.That(json["Data"]!.Select(r => (string)r["Title"]), Is.EqualTo(new[] { "Delay notice" }));
    }

    [Test]
    public async Task A_refused_reply_keeps_everything_typed_and_writes_nothing()
    {
        const string body = "<p>Dear %Customer.FullName%, « merci » &amp; à bientôt</p>";

        using var response = await _web.PostFormAsync(CreateUrl, CreateUrl, ReplyForm("", body, "/no spaces allowed", "Subject kept"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the form comes back, not a redirect");
        Assert.That(await Store.RepliesAsync(), Is.Empty);
        Assert.That(ReplyWebHost.Text(html), Does.Contain(body), "the body as typed, in the editor");
        Assert.That(html, Does.Contain("value=\"/no spaces allowed\"").And.Contain("value=\"Subject kept\""));
        Assert.That(html, Does.Contain("field-validation-error").Or.Contain("validation-summary-errors"));
        Assert.That(ReplyWebHost.Text(html), Does.Contain("title").IgnoreCase.And.Not.Contain("plugins.misc.merchantops"), "a message in words, not a key");
    }

    [Test]
    public async Task A_five_megabyte_body_is_refused_with_a_message_and_nothing_is_written()
    {
        var body = "<p>" + new string('x', 5 * 1024 * 1024) + "</p>";

        using var response = await _web.PostFormAsync(CreateUrl, CreateUrl, ReplyForm("Huge", body));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await Store.RepliesAsync(), Is.Empty);
        Assert.That(html, Does.Contain("value=\"Huge\""), "the title typed is kept");
        Assert.That(ReplyWebHost.Text(html), Does.Contain("MB"), "the size limit is said");
    }

    [Test]
    public async Task An_unknown_token_is_flagged_on_save_and_when_the_reply_is_opened_but_does_not_block_saving()
    {
        using var response = await _web.PostFormAsync(CreateUrl, CreateUrl, ReplyForm("Tracking", "<p>Track it: %Shipment.TrackingNumbr%</p>", "/track"));

        var reply = (await Store.RepliesAsync()).Single();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.EndWith($"/Admin/Replies/Edit/{reply.Id}"), "back to the reply to correct it");
        var warning = _web.Host.Notifications.Sent.Single(n => n.Type == NotifyType.Warning).Message;
        Assert.That(warning, Does.Contain("%Shipment.TrackingNumbr%"));

        var html = await _web.GetPageAsync($"Admin/Replies/Edit/{reply.Id}");
        Assert.That(Regex.Match(html, "id=\"reply-unknown-tokens\"[\\s\\S]*?</div>").Value, Does.Contain("%Shipment.TrackingNumbr%"));
        Assert.That(html, Does.Contain("data-token=\"%Shipment.TrackingNumber%\""), "the insert-token list offers the right one");
    }

    [Test]
    public async Task A_replies_user_reads_the_library_but_cannot_change_it()
    {
        var reply = await Store.ReplyAsync("Refund done", "/refund", "<p>Refunded.</p>");
        _web.Allow(Permissions.RepliesUse);

        var list = await _web.GetPageAsync(ListUrl);
        using var create = await _web.Client.GetAsync(CreateUrl);
        using var edit = await _web.Client.GetAsync($"Admin/Replies/Edit/{reply.Id}");
        using var post = await _web.PostFormAsync($"Admin/Replies/Edit/{reply.Id}", ListUrl,
            [("Id", reply.Id.ToString()), .. ReplyForm("Changed", "<p>Changed</p>", "/refund")]);
        using var delete = await _web.PostFormAsync($"Admin/Replies/Delete/{reply.Id}", ListUrl);
        using var export = await _web.PostFormAsync("Admin/Replies/Export", ListUrl);

        Assert.That(list, Does.Not.Contain("id=\"replies-add\"").And.Not.Contain("id=\"replies-export\""));
        foreach (var refused in new[] { create, edit, post, delete, export })
            Assert.That(refused.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"), refused.RequestMessage!.RequestUri!.ToString());
        var stored = (await Store.RepliesAsync()).Single();
        Assert.That((stored.Title, stored.Deleted), Is.EqualTo(("Refund done", false)));
    }

    [Test]
    public async Task A_library_manager_without_the_use_permission_cannot_send()
    {
        var customer = await Store.CustomerAsync("camille@example.com");
        var order = await Store.OrderAsync(customer);
        var reply = await Store.ReplyAsync("Where is my order", "/where", "<p>On its way.</p>");
        _web.Allow(Permissions.RepliesManage);

        var page = await _web.GetPageAsync(OrderPage(order));
        var (status, json) = await _web.PostAjaxAsync("Admin/ReplyCard/Send", OrderPage(order), ("SendKey", Guid.NewGuid().ToString()),
            ("ReplyId", reply.Id.ToString()), ("OrderId", order.Id.ToString()), ("Subject", "s"), ("BodyText", "b"), ("SendEmail", "true"));

        Assert.That(page, Does.Not.Contain("id=\"merchantops-replies\""), "no card without Replies (use)");
        Assert.That((int)status, Is.LessThan(500));
        Assert.That(JObject.Parse(json)["error"], Is.Not.Null, json);
        Assert.That(await Store.EmailsAsync(), Is.Empty);
        Assert.That(await Store.SendsAsync(), Is.Empty);
    }

    [Test]
    public async Task Posts_without_the_antiforgery_token_are_refused_and_change_nothing()
    {
        var customer = await Store.CustomerAsync("camille@example.com");
        var order = await Store.OrderAsync(customer);
        var reply = await Store.ReplyAsync("Where is my order", "/where", "<p>On its way.</p>");

        using var create = await _web.Client.PostAsync(CreateUrl, new FormUrlEncodedContent(ReplyForm("No token", "<p>x</p>")
            .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))));
        using var send = new HttpRequestMessage(HttpMethod.Post, "Admin/ReplyCard/Send")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["SendKey"] = Guid.NewGuid().ToString(), ["ReplyId"] = reply.Id.ToString(), ["OrderId"] = order.Id.ToString(),
                ["Subject"] = "s", ["BodyText"] = "b", ["SendEmail"] = "true"
            })
        };
        send.Headers.Add("X-Requested-With", "XMLHttpRequest");
        using var sent = await _web.Client.SendAsync(send);

        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Store.RepliesAsync()).Select(r => r.Title), Is.EqualTo(new[] { "Where is my order" }));
        Assert.That(await Store.EmailsAsync(), Is.Empty);
    }

    // ---------- CSV ----------

    [Test]
    public async Task The_csv_export_downloads_the_filtered_replies_and_imports_back_through_the_page()
    {
        await Store.ReplyAsync("Delivery costs", "/costs", "<p>Shipping is free from 50 €, \"really\", promise;\nsee you</p>", category: "Delivery");
        await Store.ReplyAsync("Payment options", "/pay", "<p>Card or transfer.</p>", category: "Payment");

        using var export = await _web.PostFormAsync("Admin/Replies/Export", ListUrl, ("SearchCategory", "Delivery"), ("SearchLanguageId", "-1"));
        var bytes = await export.Content.ReadAsByteArrayAsync();

        Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(export.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(export.Content.Headers.ContentDisposition!.FileName, Does.Contain(".csv"));
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 with BOM, for spreadsheets");
        var text = Encoding.UTF8.GetString(bytes);
        Assert.That(text, Does.Contain("Delivery costs").And.Not.Contain("Payment options"), "the list's filters apply");

        //the same file, edited by hand: one reply updated (same shortcut, language, store), one added
        var edited = text.Replace("Delivery costs", "Delivery costs (2025)") + "\"Return procedure\",Returns,/return,Returns,<p>Send it back.</p>,,0,True,3\r\n";
        using var import = await ImportAsync(Encoding.UTF8.GetBytes(edited));

        Assert.That(import.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(_web.Host.Notifications.Sent.Single().Type, Is.EqualTo(NotifyType.Success), string.Join("\n", _web.Host.Notifications.Sent.Select(n => n.Message)));
        var replies = await Store.RepliesAsync();
        Assert.That(replies.Select(r => r.Title), Is.EquivalentTo(new[] { "Delivery costs (2025)", "Payment options", "Return procedure" }));
        Assert.That(replies.Single(r => r.Shortcut == "/costs").Body, Is.EqualTo("<p>Shipping is free from 50 €, \"really\", promise;\nsee you</p>"));
    }

    [Test]
    public async Task A_malformed_csv_line_is_reported_by_its_number_and_nothing_is_imported()
    {
        const string csv = "Title,Category,Shortcut,Subject,Body,Language,Store,Active,DisplayOrder\r\n"
            + "Good one,Delivery,/good,Subject,<p>Fine</p>,,0,True,1\r\n"
            + "Bad one,Delivery,/bad,Subject,,,0,maybe,x\r\n";

        using var import = await ImportAsync(Encoding.UTF8.GetBytes(csv));

        Assert.That(import.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await Store.RepliesAsync(), Is.Empty, "all or nothing");
        var errors = _web.Host.Notifications.Sent.Where(n => n.Type == NotifyType.Error).Select(n => n.Message).ToList();
        Assert.That(errors, Has.Some.Contain("Nothing was imported"));
        Assert.That(errors, Has.Some.StartWith("Line 3"), string.Join("\n", errors));
    }

    private async Task<HttpResponseMessage> ImportAsync(byte[] file)
    {
        var token = await _web.Host.GetAntiforgeryTokenAsync(_web.Client, ListUrl);
        _web.Host.Notifications.Clear();
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, "ImportFile", "replies.csv");
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await _web.Client.PostAsync("Admin/Replies/Import", content);
    }

    // ---------- the cards ----------

    [Test]
    public async Task The_order_page_shows_the_packing_card_then_the_replies_card_inside_the_order_form_without_posting_anything_to_it()
    {
        var customer = await Store.CustomerAsync("camille@example.com");
        var order = await Store.OrderAsync(customer);

        var html = await _web.GetPageAsync(OrderPage(order));

        var packing = html.IndexOf("id=\"merchantops-packing-order\"", StringComparison.Ordinal);
        var replies = html.IndexOf("id=\"merchantops-replies\"", StringComparison.Ordinal);
        Assert.That(packing, Is.GreaterThan(0), "the packing card is still there");
        Assert.That(replies, Is.GreaterThan(packing));
        var card = html[replies..html.IndexOf("id=\"order-save\"", StringComparison.Ordinal)];
        Assert.That(Regex.Matches(card, "<(input|select|textarea)[^>]*\\sname=").Count, Is.Zero, "no field of the card is posted with nopCommerce's order form");
        Assert.That(Regex.Matches(card, "<button(?![^>]*type=\"button\")[^>]*>").Count, Is.Zero, "no button of the card submits the order form");
        Assert.That(card, Does.Contain("id=\"replies-add-note\""), "from an order: the reply can be an order note");
    }

    [Test]
    public async Task The_customer_page_card_sends_email_only_and_is_not_on_the_new_customer_page()
    {
        var customer = await Store.CustomerAsync("camille@example.com");

        var html = await _web.GetPageAsync($"Admin/ReplyPageProbe/Customer/{customer.Id}");
        var create = await _web.GetPageAsync("Admin/ReplyPageProbe/Customer/0");

        Assert.That(html, Does.Contain("id=\"merchantops-replies\"").And.Contain("id=\"replies-send-email\""));
        Assert.That(html, Does.Not.Contain("id=\"replies-add-note\""));
        Assert.That(create, Does.Not.Contain("id=\"merchantops-replies\""));
    }

    [Test]
    public async Task From_the_customer_page_a_reply_is_an_email_with_the_customer_s_data_and_no_order_note()
    {
        var customer = await Store.CustomerAsync("camille@example.com", languageId: ReplyStore.English);
        var reply = await Store.ReplyAsync("Payment options", "/pay", "<p>Dear %Customer.FullName%, we take cards.</p>", ReplyStore.English, "Paying at %Store.Name%");
        var page = $"Admin/ReplyPageProbe/Customer/{customer.Id}";

        var preview = await PreviewAsync(page, 0, customer.Id, reply.Id);
        var (_, json) = await _web.PostAjaxAsync("Admin/ReplyCard/Send", page, ("SendKey", Guid.NewGuid().ToString()), ("ReplyId", reply.Id.ToString()),
            ("OrderId", "0"), ("CustomerId", customer.Id.ToString()), ("LanguageId", preview["LanguageId"]!.ToString()),
            ("Subject", (string)preview["TemplateSubject"]), ("BodyText", (string)preview["TemplateBodyText"]), ("SendEmail", "true"),
            ("AddOrderNote", "true"));
        var answer = JObject.Parse(json);

        Assert.That((string)preview["BodyHtml"], Does.Contain("Dear Camille Martin"));
        Assert.That((bool)answer["Succeeded"]!, Is.True, json);
        var email = (await Store.EmailsAsync()).Single();
        Assert.That((email.To, email.Subject), Is.EqualTo(("camille@example.com", "Paying at Test store")));
        Assert.That(await _web.Database.Repository<OrderNote>().GetAllAsync(query => query), Is.Empty, "no order, no note");
    }

    [Test]
    public async Task The_picker_finds_by_shortcut_and_the_preview_shows_the_order_in_the_customer_s_language()
    {
        var customer = await Store.CustomerAsync("camille@example.com", languageId: ReplyStore.French);
        var order = await Store.OrderAsync(customer, trackingNumber: "TRK-123");
        var english = await Store.ReplyAsync("Tracking sent", "/track", "<p>Tracking: %Shipment.TrackingNumber%</p>", ReplyStore.English, "Your parcel");
        await Store.ReplyAsync("Suivi envoyé", "/track", "<p>Suivi : %Shipment.TrackingNumber% pour %Order.OrderNumber%</p>", ReplyStore.French, "Votre colis");

        var (_, found) = await _web.PostAjaxAsync("Admin/ReplyCard/Find", OrderPage(order), ("query", "/tr"), ("OrderId", order.Id.ToString()),
            ("LanguageId", ReplyStore.French.ToString()));
        var preview = await PreviewAsync(OrderPage(order), order.Id, 0, english.Id, ReplyStore.French);

        var items = JObject.Parse(found)["items"]!.ToList();
        Assert.That(items.Select(i => (string)i["Shortcut"]), Is.EqualTo(new[] { "/track" }), "one row per language family");
        Assert.That((bool)preview["Found"]!, Is.True, preview.ToString());
        Assert.That((string)preview["TemplateSubject"], Is.EqualTo("Votre colis"), "the French version of the answer");
        Assert.That((string)preview["BodyHtml"], Does.Contain("TRK-123").And.Contain(order.CustomOrderNumber));
        Assert.That((string)preview["FallbackMessage"], Is.Null.Or.Empty);
        Assert.That((string)preview["ToEmail"], Is.EqualTo("camille@example.com"));
    }

    [Test]
    public async Task A_reply_without_the_customer_s_language_falls_back_and_says_so()
    {
        var customer = await Store.CustomerAsync("camille@example.com", languageId: ReplyStore.French);
        var order = await Store.OrderAsync(customer);
        var english = await Store.ReplyAsync("Review request", "/review", "<p>Would you review %Order.OrderNumber%?</p>", ReplyStore.English);

        var preview = await PreviewAsync(OrderPage(order), order.Id, 0, english.Id, ReplyStore.French);

        Assert.That((bool)preview["Found"]!, Is.True, preview.ToString());
        Assert.That((string)preview["FallbackMessage"], Does.Contain("Français").And.Contain("English"));
        Assert.That((string)preview["BodyHtml"], Does.Contain(order.CustomOrderNumber));
    }

    [Test]
    public async Task An_unknown_token_is_flagged_in_the_preview()
    {
        var customer = await Store.CustomerAsync("camille@example.com");
        var order = await Store.OrderAsync(customer);
        var reply = await Store.ReplyAsync("Delay", "/late", "<p>Sorry %Customer.FullName%</p>");

        var preview = await PreviewAsync(OrderPage(order), order.Id, 0, reply.Id, subject: "About %Order.OrderNumber%",
            text: "Sorry %Customer.FulName%");

        Assert.That(preview["UnknownTokens"]!.Select(t => (string)t), Is.EqualTo(new[] { "%Customer.FulName%" }));
        Assert.That(preview["Warnings"]!.Select(w => (string)w), Has.Some.Contain("%Customer.FulName%"));
        Assert.That((string)preview["Subject"], Is.EqualTo("About " + order.CustomOrderNumber));
    }

    [Test]
    public async Task A_replies_user_sends_from_the_order_page_an_email_and_an_order_note_and_the_log_shows_it()
    {
        var customer = await Store.CustomerAsync("camille@example.com", languageId: ReplyStore.English);
        var order = await Store.OrderAsync(customer);
        var reply = await Store.ReplyAsync("Where is my order", "/where", "<p>Hello %Customer.FullName%</p>");
        _web.Allow(Permissions.RepliesUse);

        var answer = await SendAsync(order, reply.Id, Guid.NewGuid(), "Order %Order.OrderNumber%", "Hello %Customer.FullName%", note: true);

        Assert.That((bool)answer["Succeeded"]!, Is.True, answer.ToString());
        Assert.That((string)answer["Message"], Does.Contain("camille@example.com"));
        var email = (await Store.EmailsAsync()).Single();
        Assert.That((email.To, email.Subject), Is.EqualTo(("camille@example.com", "Order " + order.CustomOrderNumber)));
        Assert.That(email.Body, Does.Contain("Hello Camille Martin"));
        Assert.That(await Store.NotesAsync(order.Id), Has.Count.EqualTo(1), "the reply itself as the note");

        var log = JObject.Parse((await _web.PostAjaxAsync("Admin/Replies/SendLogList", ListUrl, ("Start", "0"), ("Length", "20"))).Body);
        var row = log["Data"]!.Single();
        Assert.That(((string)row["ReplyTitle"], (string)row["ToEmail"], (string)row["EmailStatus"]),
            Is.EqualTo(("Where is my order", "camille@example.com", "Queued")));
        Assert.That((string)row["SentBy"], Is.EqualTo("Sam Support"));
    }

    [Test]
    public async Task A_double_click_sends_once()
    {
        var customer = await Store.CustomerAsync("camille@example.com");
        var order = await Store.OrderAsync(customer);
        var reply = await Store.ReplyAsync("Where is my order", "/where", "<p>On its way.</p>");
        var key = Guid.NewGuid();
        var token = await _web.Host.GetAntiforgeryTokenAsync(_web.Client, OrderPage(order));

        var answers = await Task.WhenAll(
            SendAsync(order, reply.Id, key, "Your order", "On its way.", token: token),
            SendAsync(order, reply.Id, key, "Your order", "On its way.", token: token));
        var again = await SendAsync(order, reply.Id, key, "Your order", "On its way.");

        Assert.That(answers.Count(a => (bool)a["Succeeded"]! || (bool)a["AlreadySent"]!), Is.EqualTo(2), string.Join("\n", answers.Select(a => a.ToString())));
        Assert.That((bool)again["AlreadySent"]!, Is.True, again.ToString());
        Assert.That(await Store.EmailsAsync(), Has.Count.EqualTo(1));
        Assert.That(await Store.SendsAsync(), Has.Count.EqualTo(1));
        Assert.That(await Store.NotesAsync(order.Id), Has.Count.EqualTo(1), "one summary note");
        Assert.That(answers.Select(a => (string)a["NextSendKey"]).Distinct(), Has.None.EqualTo(key.ToString()), "the next reply gets a new key");
    }

    [Test]
    public async Task A_customer_without_an_email_address_gets_a_clear_refusal_and_a_note_only_send_still_works()
    {
        var customer = await Store.CustomerAsync(null, "Noé", "Sans-Mail");
        var order = await Store.OrderAsync(customer);
        var reply = await Store.ReplyAsync("Where is my order", "/where", "<p>On its way.</p>");

        var page = await _web.GetPageAsync(OrderPage(order));
        var refused = await SendAsync(order, reply.Id, Guid.NewGuid(), "Your order", "On its way.");
        var noted = await SendAsync(order, reply.Id, Guid.NewGuid(), "Your order", "On its way.", email: false, note: true);

        Assert.That(page, Does.Contain("id=\"replies-no-email\""));
        Assert.That((bool)refused["Succeeded"]!, Is.False);
        Assert.That((string)refused["Message"], Does.Contain("e-mail").Or.Contain("email"), refused.ToString());
        Assert.That((bool)noted["Succeeded"]!, Is.True, noted.ToString());
        Assert.That(await Store.EmailsAsync(), Is.Empty);
        Assert.That(await Store.NotesAsync(order.Id), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_vendor_sees_no_card_and_cannot_send_about_an_order_without_their_items()
    {
        var customer = await Store.CustomerAsync("camille@example.com");
        var order = await Store.OrderAsync(customer, vendorId: 0);
        var reply = await Store.ReplyAsync("Where is my order", "/where", "<p>On its way.</p>");
        _web.SignIn(await Store.CustomerAsync("vendor8@example.com", "Val", "Vendor"), vendorId: 8);

        var page = await _web.GetPageAsync(OrderPage(order));
        var preview = await PreviewAsync(OrderPage(order), order.Id, 0, reply.Id);
        var send = await SendAsync(order, reply.Id, Guid.NewGuid(), "Your order", "On its way.");

        Assert.That(page, Does.Not.Contain("id=\"merchantops-replies\""));
        Assert.That((bool)preview["Found"]!, Is.False);
        Assert.That((string)preview["BodyHtml"], Is.Null.Or.Empty, "nothing of the order leaks");
        Assert.That((bool)send["Succeeded"]!, Is.False);
        Assert.That(await Store.EmailsAsync(), Is.Empty);
        Assert.That(await Store.NotesAsync(order.Id), Is.Empty);
    }

    [Test]
    public async Task A_customer_name_with_script_is_text_on_the_card_and_encoded_in_the_preview()
    {
        var customer = await Store.CustomerAsync("camille@example.com", "<svg/onload=alert(1)>", "Martin");
        var order = await Store.OrderAsync(customer);
        var reply = await Store.ReplyAsync("Where is my order", "/where", "<p>Hello %Customer.FullName%</p>");

        var page = await _web.GetPageAsync(OrderPage(order));
        var preview = await PreviewAsync(OrderPage(order), order.Id, 0, reply.Id);

        Assert.That(page, Does.Not.Contain("<svg/onload").And.Contain("&lt;svg/onload=alert(1)&gt;"));
        Assert.That((string)preview["BodyHtml"], Does.Not.Contain("<svg").And.Contain("&lt;svg/onload=alert(1)&gt;"));
    }

    // ---------- usage, FAQ, menu, French ----------

    [Test]
    public async Task Usage_shows_the_most_used_first_and_the_never_used_and_publishes_the_chosen_ones_as_the_faq()
    {
        var customer = await Store.CustomerAsync("camille@example.com");
        var order = await Store.OrderAsync(customer);
        var costs = await Store.ReplyAsync("Delivery costs", "/costs", "<p>Free from 50 € at %Store.Name%.</p>");
        var late = await Store.ReplyAsync("Delay notice", "/late", "<p>%Order.OrderNumber% is late.</p>");
        Assert.That((bool)(await SendAsync(order, late.Id, Guid.NewGuid(), "Late", "%Order.OrderNumber% is late."))["Succeeded"]!, Is.True);

        var usage = await _web.GetPageAsync("Admin/Replies/Usage");
        var rows = Regex.Matches(usage, "<tr data-reply-id=\"(\\d+)\"[^>]*>").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.That(rows, Is.EqualTo(new[] { late.Id, costs.Id }), "most used first");
        Assert.That(Regex.Match(usage, $"<tr data-reply-id=\"{costs.Id}\"[\\s\\S]*?</tr>").Value, Does.Contain("never used"));

        using var published = await _web.PostFormAsync("Admin/Replies/PublishFaq", "Admin/Replies/Usage",
            ("SelectedReplyIds", costs.Id.ToString()), ("SelectedReplyIds", late.Id.ToString()));
        var messages = _web.Host.Notifications.Sent.ToList();
        using var again = await _web.PostFormAsync("Admin/Replies/PublishFaq", "Admin/Replies/Usage", ("SelectedReplyIds", costs.Id.ToString()));

        Assert.That(published.Headers.Location!.ToString(), Does.EndWith("/Admin/Replies/Usage"));
        Assert.That(messages.Single(n => n.Type == NotifyType.Success).Message, Is.EqualTo("The FAQ page was published."));
        Assert.That(messages.Single(n => n.Type == NotifyType.Warning).Message, Does.Contain("Delay notice"), "order tokens cannot go on a public page");
        var topic = (await _web.Database.Repository<Nop.Core.Domain.Topics.Topic>().GetAllAsync(query => query)).Single();
        Assert.That(topic.Body, Does.Contain("Delivery costs").And.Not.Contain("Delay notice"));
    }

    [Test]
    public async Task A_replies_user_sees_the_usage_and_the_log_in_the_menu_but_not_the_library()
    {
        _web.Allow(Permissions.RepliesUse);

        var html = await _web.GetPageAsync("Admin/Replies/SendLog");

        Assert.That(html, Does.Contain("data-menu-system-name=\"MerchantOps.Replies.Log\"").And.Contain("data-menu-system-name=\"MerchantOps.Replies.Usage\""));
        Assert.That(html, Does.Not.Contain("data-menu-system-name=\"MerchantOps.Replies.Library\""));
        Assert.That(html, Does.Contain("id=\"reply-sends-grid\""));
    }

    [Test]
    public async Task A_french_speaking_agent_gets_the_card_and_the_library_in_french()
    {
        var customer = await Store.CustomerAsync("camille@example.com");
        var order = await Store.OrderAsync(customer);
        _web.Host.WorkContext.UseFrench();

        var card = await _web.GetPageAsync(OrderPage(order));
        var list = await _web.GetPageAsync(ListUrl);

        (card, list) = (ReplyWebHost.Text(card), ReplyWebHost.Text(list));
        Assert.That(card, Does.Contain("Répondre au client").And.Contain("Envoyer par e-mail").And.Contain("Ajouter comme note de commande"));
        Assert.That(list, Does.Contain("Réponses types").And.Contain("Exporter en CSV"));
        Assert.That(card + list, Does.Not.Contain("plugins.misc.merchantops"), "no missing resource");
    }
}
