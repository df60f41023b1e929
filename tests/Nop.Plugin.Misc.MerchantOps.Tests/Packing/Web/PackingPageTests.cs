using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using NUnit.Framework;
using Newtonsoft.Json.Linq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Services.Messages;
using Nop.Services.Security;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Web;

/// <summary>The packing screens as a packer's browser gets them, over the real packing services and a SQLite store.</summary>
public class PackingPageTests
{
    private const string QueueUrl = "Admin/Packing/Index";

    private PackingWebHost _web;

    [SetUp]
    public async Task StartAsync() => _web = await PackingWebHost.StartAsync();

    [TearDown]
    public async Task StopAsync()
    {
        var unhandled = _web.Host.UnhandledExceptions;
        await _web.DisposeAsync();
        Assert.That(unhandled, Is.Empty);
    }

    private PackingScenario Store => _web.Store;

    [Test]
    public async Task The_queue_page_shows_how_many_orders_wait_and_the_packing_menu()
    {
        var mug = await Store.ProductAsync("MUG-01");
        await Store.OrderAsync((mug, 1));
        await Store.OrderAsync((mug, 2));

        var html = await _web.GetPageAsync(QueueUrl);

        Assert.That(Regex.Match(html, "id=\"packing-ready-count\">(\\d+)<").Groups[1].Value, Is.EqualTo("2"));
        Assert.That(html, Does.Contain("orders ready to pack"));
        Assert.That(html, Does.Match("data-menu-system-name=\"MerchantOps.Packing\"[^>]*>[\\s\\S]*?href=\"/Admin/Packing(/Index)?\""));
        Assert.That(html, Does.Contain("id=\"packing-queue-grid\""));
        Assert.That(Regex.Match(html, "<input[^>]*name=\"NextCount\"[^>]*>").Value, Does.Contain("value=\"20\""), "the PackingDefaultBatchSize setting");
    }

    [Test]
    public async Task The_queue_page_says_when_the_ready_count_was_counted()
    {
        var mug = await Store.ProductAsync("MUG-01");
        await Store.OrderAsync((mug, 1));
        // half past a minute: 40 seconds later the clock shows the next minute, and the count (kept a minute) is the same
        Store.App.Cache.Clock = Store.Clock;
        Store.Clock.UtcNow = Store.Clock.UtcNow.Date.AddHours(14).AddMinutes(5).AddSeconds(30);
        var countedAt = Store.Clock.UtcNow.ToString("t", CultureInfo.GetCultureInfo("en-US"));

        var first = await _web.GetPageAsync(QueueUrl);
        await Store.OrderAsync((mug, 1));
        Store.Clock.Advance(TimeSpan.FromSeconds(40));
        var later = await _web.GetPageAsync(QueueUrl);

        Assert.That(countedAt, Does.StartWith("2:05"), "the admin's time zone is UTC here (UtcDateTimeHelper), English: 2:05 PM");
        Assert.That(AsOf(first), Is.EqualTo(("1", $"as of {countedAt}")));
        Assert.That(AsOf(later), Is.EqualTo(("1", $"as of {countedAt}")), "the cached count, with the time it was counted (not the time the page was shown)");
    }

    [Test]
    public async Task A_French_packer_reads_when_the_ready_count_was_counted_in_French()
    {
        var mug = await Store.ProductAsync("MUG-01");
        await Store.OrderAsync((mug, 1));
        Store.Clock.UtcNow = Store.Clock.UtcNow.Date.AddHours(14).AddMinutes(5);
        _web.Host.WorkContext.UseFrench();

        var html = await _web.GetPageAsync(QueueUrl);

        Assert.That(AsOf(html), Is.EqualTo(("1", "comptées à 14:05")));
    }

    private static (string Count, string AsOf) AsOf(string html) =>
        (Regex.Match(html, "id=\"packing-ready-count\">(\\d+)<").Groups[1].Value,
            WebUtility.HtmlDecode(Regex.Match(html, "id=\"packing-ready-as-of\">([^<]*)<").Groups[1].Value));

    [Test]
    public async Task The_queue_grid_lists_ready_orders_oldest_first_with_the_customer()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var older = await Store.OrderAsync((mug, 1));
        var newer = await Store.OrderAsync((mug, 3));

        var json = JObject.Parse(await _web.PostAjaxAsync("Admin/Packing/QueueList", QueueUrl, ("Start", "0"), ("Length", "50")));

        Assert.That(json["recordsTotal"]!.Value<int>(), Is.EqualTo(2));
        var rows = json["Data"]!.ToList();
        Assert.That(rows.Select(row => row["Id"]!.Value<int>()), Is.EqualTo(new[] { older.Id, newer.Id }));
        Assert.That(rows[1]["ItemCount"]!.Value<int>(), Is.EqualTo(3));
        Assert.That(rows[0]["CustomerName"]!.Value<string>(), Is.EqualTo("Camille Martin"));
    }

    [Test]
    public async Task The_queue_s_product_filter_finds_products_by_name_and_filters_the_grid_by_the_chosen_one()
    {
        var mug = await Store.ProductAsync("MUG-01", p => p.Name = "<b>Mug</b> large");
        var tea = await Store.ProductAsync("TEA-02", p => p.Name = "Tea");
        var withMug = await Store.OrderAsync((mug, 1), (tea, 1));
        await Store.OrderAsync((tea, 1));

        var found = JArray.Parse(await _web.PostAjaxAsync("Admin/Packing/ProductSearch", QueueUrl, ("term", "mug")));
        var filtered = JObject.Parse(await _web.PostAjaxAsync("Admin/Packing/QueueList", QueueUrl,
            ("Start", "0"), ("Length", "50"), ("ProductId", found[0]!["Id"]!.Value<int>().ToString())));
        var page = await _web.GetPageAsync(QueueUrl);

        Assert.That(found.Select(p => (p["Id"]!.Value<int>(), p["Name"]!.Value<string>(), p["Sku"]!.Value<string>())),
            Is.EqualTo(new[] { (mug.Id, "<b>Mug</b> large", "MUG-01") }), "JSON data; packing.js writes it as text");
        Assert.That(filtered["Data"]!.Select(row => row["Id"]!.Value<int>()), Is.EqualTo(new[] { withMug.Id }));
        Assert.That(page, Does.Match("<input[^>]*id=\"packing-product-search\"[^>]*list=\"packing-product-choices\"|<input[^>]*list=\"packing-product-choices\"[^>]*id=\"packing-product-search\""));
        Assert.That(page, Does.Match("<input[^>]*type=\"hidden\"[^>]*id=\"ProductId\"|<input[^>]*id=\"ProductId\"[^>]*type=\"hidden\""));
    }

    [Test]
    public async Task Creating_a_batch_from_the_selected_orders_opens_the_new_batch()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var first = await Store.OrderAsync((mug, 1));
        var second = await Store.OrderAsync((mug, 1));
        await Store.OrderAsync((mug, 1));

        using var response = await _web.PostFormAsync("Admin/Packing/CreateFromSelection", QueueUrl,
            ("SelectedOrderIds", first.Id.ToString()), ("SelectedOrderIds", second.Id.ToString()), ("BatchName", "Morning run"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var batchUrl = response.Headers.Location!.ToString();
        Assert.That(batchUrl, Does.StartWith("/Admin/PackingBatch/Edit/"));
        Assert.That(_web.Host.Notifications.Sent.Single().Type, Is.EqualTo(NotifyType.Success));

        var html = await _web.GetPageAsync(batchUrl.TrimStart('/'));
        Assert.That(html, Does.Contain("Morning run"));
        Assert.That(Regex.Matches(html, "<tr data-batch-order-id=").Count, Is.EqualTo(2));
        Assert.That(html, Does.Contain("id=\"packing-startpicking\"").And.Contain("id=\"packing-startpacking\"").And.Contain("id=\"packing-cancel\""));
        Assert.That(html, Does.Not.Contain("id=\"packing-finish\""), "Finish is offered only while packing");
    }

    [Test]
    public async Task Ticking_three_orders_makes_a_batch_of_the_three()
    {
        //the browser posts one SelectedOrderIds per ticked checkbox; nopCommerce's list converter would keep the first
        var mug = await Store.ProductAsync("MUG-01");
        var ticked = new[] { await Store.OrderAsync((mug, 1)), await Store.OrderAsync((mug, 1)), await Store.OrderAsync((mug, 1)) };
        await Store.OrderAsync((mug, 1));

        using var response = await _web.PostFormAsync("Admin/Packing/CreateFromSelection", QueueUrl,
            ticked.Select(order => ("SelectedOrderIds", order.Id.ToString())).Append(("BatchName", "Three")).ToArray());

        Assert.That(response.Headers.Location?.ToString(), Does.StartWith("/Admin/PackingBatch/Edit/"));
        Assert.That(_web.Host.Notifications.Sent.Single().Message, Does.Contain("3 order(s)"));
        var batchId = int.Parse(response.Headers.Location!.ToString().Split('/').Last());
        var batch = await _web.App.Batches.GetBatchAsync(batchId);
        Assert.That(batch.Orders.Select(order => order.OrderId), Is.EquivalentTo(ticked.Select(order => order.Id)));
    }

    [Test]
    public async Task Orders_claimed_meanwhile_by_another_packer_are_reported_clearly()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var orders = new List<Order>();
        for (var i = 0; i < 5; i++)
            orders.Add(await Store.OrderAsync((mug, 1)));
        var rival = Store.AnotherInstance().As(await Store.PackerAsync("rival@example.com", "Rita", "Rival"));
        Assert.That((await rival.Batches.CreateFromSelectionAsync(orders.Take(3).Select(o => o.Id).ToList())).Succeeded, Is.True);

        using var response = await _web.PostFormAsync("Admin/Packing/CreateFromSelection", QueueUrl,
            orders.Select(o => ("SelectedOrderIds", o.Id.ToString())).ToArray());

        Assert.That(response.Headers.Location!.ToString(), Does.StartWith("/Admin/PackingBatch/Edit/"));
        var warning = _web.Host.Notifications.Sent.Single(n => n.Type == NotifyType.Warning).Message;
        Assert.That(warning, Does.StartWith("3 order(s) were already claimed by someone else"));
        Assert.That(warning, Does.Contain(orders[0].CustomOrderNumber).And.Contain(orders[2].CustomOrderNumber));
        var shown = await _web.GetPageAsync(response.Headers.Location!.ToString().TrimStart('/'));
        Assert.That(shown, Does.Contain("were already claimed by someone else"), "the notification shows on the batch page");
    }

    [Test]
    public async Task When_every_order_was_claimed_by_someone_else_no_batch_is_made_and_the_queue_says_why()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var order = await Store.OrderAsync((mug, 1));
        var rival = Store.AnotherInstance().As(await Store.PackerAsync("rival@example.com"));
        await rival.Batches.CreateFromSelectionAsync([order.Id]);

        using var response = await _web.PostFormAsync("Admin/Packing/CreateFromSelection", QueueUrl, ("SelectedOrderIds", order.Id.ToString()));

        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/Admin/Packing"));
        Assert.That(_web.Host.Notifications.Sent.Select(n => n.Type), Is.EquivalentTo(new[] { NotifyType.Error, NotifyType.Warning }));
        Assert.That(await _web.Database.Repository<PackingBatch>().Table.CountAsync(), Is.EqualTo(1), "only the rival's batch");
    }

    [Test]
    public async Task Next_N_oldest_takes_the_oldest_orders_matching_the_filter()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var oldest = await Store.OrderAsync((mug, 1));
        var second = await Store.OrderAsync((mug, 1));
        var third = await Store.OrderAsync((mug, 1));

        using var response = await _web.PostFormAsync("Admin/Packing/CreateFromOldest", QueueUrl, ("NextCount", "2"), ("StoreId", "0"));

        var batchId = int.Parse(response.Headers.Location!.ToString().Split('/').Last());
        var batch = await _web.App.Batches.GetBatchAsync(batchId);
        Assert.That(batch.Orders.Select(o => o.OrderId), Is.EquivalentTo(new[] { oldest.Id, second.Id }));
        Assert.That(batch.Orders.Select(o => o.OrderId), Does.Not.Contain(third.Id));
    }

    [Test]
    public async Task Without_the_packing_permission_the_screens_are_refused_and_nothing_is_created()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var order = await Store.OrderAsync((mug, 1));
        var token = await _web.Host.GetAntiforgeryTokenAsync(_web.Client, QueueUrl);
        _web.Host.Permissions.DenyAll().Grant(StandardPermission.Security.ACCESS_ADMIN_PANEL, Permissions.Configure);

        using var page = await _web.Client.GetAsync(QueueUrl);
        using var post = await _web.Client.PostAsync("Admin/Packing/CreateFromSelection", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SelectedOrderIds"] = order.Id.ToString(),
            ["__RequestVerificationToken"] = token
        }));

        Assert.That(page.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"));
        Assert.That(post.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"));
        Assert.That(await _web.Database.Repository<PackingBatch>().Table.CountAsync(), Is.Zero);
        Assert.That(await _web.GetPageAsync("Admin/MerchantOpsConfiguration/Configure"), Does.Not.Contain("MerchantOps.Packing"), "no Packing menu item");
    }

    [Test]
    public async Task A_post_without_the_antiforgery_token_creates_nothing()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var order = await Store.OrderAsync((mug, 1));
        await _web.GetPageAsync(QueueUrl);

        using var post = await _web.Client.PostAsync("Admin/Packing/CreateFromSelection",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["SelectedOrderIds"] = order.Id.ToString() }));

        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await _web.Database.Repository<PackingBatch>().Table.CountAsync(), Is.Zero);
    }

    [Test]
    public async Task The_batch_page_moves_the_batch_through_its_states()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var created = await _web.App.Batches.CreateFromSelectionAsync([(await Store.OrderAsync((mug, 1))).Id]);
        var page = $"Admin/PackingBatch/Edit/{created.BatchId}";

        using (var picking = await _web.PostFormAsync($"Admin/PackingBatch/StartPicking/{created.BatchId}", page))
            Assert.That(picking.Headers.Location!.ToString(), Is.EqualTo($"/{page}"));
        Assert.That(await _web.GetPageAsync(page), Does.Contain("id=\"packing-startpacking\"").And.Not.Contain("id=\"packing-startpicking\""));

        using var packing = await _web.PostFormAsync($"Admin/PackingBatch/StartPacking/{created.BatchId}", page);

        Assert.That(packing.Headers.Location!.ToString(), Is.EqualTo($"/Admin/PackingScreen/Pack/{created.BatchId}"));
        Assert.That((await _web.App.Batches.GetBatchAsync(created.BatchId)).Batch.State, Is.EqualTo(PackingBatchState.Packing));
        Assert.That(await _web.GetPageAsync(page), Does.Contain("id=\"packing-finish\"").And.Contain("Audit trail").And.Contain("Packing started"));
    }

    [Test]
    public async Task An_order_skipped_with_a_reason_goes_back_to_the_queue_and_the_reason_shows()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var order = await Store.OrderAsync((mug, 1));
        var batch = await Store.PackingBatchAsync(order);
        var page = $"Admin/PackingBatch/Edit/{batch.Batch.Id}";

        await _web.PostFormAsync("Admin/PackingBatch/SkipOrder", page, ("BatchId", batch.Batch.Id.ToString()),
            ("BatchOrderId", batch.Orders[0].BatchOrderId.ToString()), ("Reason", ((int)PackingSkipReason.AddressProblem).ToString()), ("Note", "Street missing"));

        var html = await _web.GetPageAsync(page);
        Assert.That(PackingWebHost.Text(html), Does.Contain("Street missing"));
        Assert.That((await _web.App.Batches.GetBatchAsync(batch.Batch.Id)).Orders[0].Status, Is.EqualTo(PackingOrderStatus.Skipped));
        Assert.That((await _web.App.Queue.GetQueueAsync(new())).Select(row => row.OrderId), Does.Contain(order.Id));
    }

    [Test]
    public async Task The_batch_page_carries_the_same_forms_for_2_orders_as_for_20()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var orders = new List<Order>();
        for (var i = 0; i < 22; i++)
            orders.Add(await Store.OrderAsync((mug, 1)));
        var small = await Store.PackingBatchAsync(orders[0], orders[1]);
        var large = await Store.PackingBatchAsync(orders.Skip(2).ToArray());

        var smallPage = await _web.GetPageAsync($"Admin/PackingBatch/Edit/{small.Batch.Id}");
        var largePage = await _web.GetPageAsync($"Admin/PackingBatch/Edit/{large.Batch.Id}");

        Assert.That(Regex.Matches(largePage, "<tr data-batch-order-id=").Count, Is.EqualTo(20));
        Assert.That(Regex.Matches(largePage, "<form ").Count, Is.EqualTo(Regex.Matches(smallPage, "<form ").Count));
        Assert.That(Regex.Matches(largePage, "class=\"[^\"]*packing-row-actions").Count, Is.EqualTo(20), "one button per order opens the order dialog");
    }

    [Test]
    public async Task A_French_packer_gets_French_keys_on_the_buttons_and_in_the_list()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var batch = await Store.PackingBatchAsync(await Store.OrderAsync((mug, 1)));
        _web.Host.WorkContext.UseFrench();

        var html = await _web.GetPageAsync($"Admin/PackingBatch/Edit/{batch.Batch.Id}");

        Assert.That(Regex.Match(html, "<a[^>]*id=\"packing-slips\"[^>]*>").Value, Does.Contain("aria-keyshortcuts=\"B\""), "B comme bordereaux");
        Assert.That(Regex.Match(html, "<a[^>]*id=\"packing-back-to-list\"[^>]*>").Value, Does.Contain("aria-keyshortcuts=\"R\""), "R comme retour");
        Assert.That(PackingWebHost.Text(html), Does.Contain("Imprimer les bordereaux de colis (nouvel onglet)"));
    }

    [Test]
    public async Task A_problem_flagged_on_the_batch_page_can_be_cleared()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var batch = await Store.PackingBatchAsync(await Store.OrderAsync((mug, 1)));
        var page = $"Admin/PackingBatch/Edit/{batch.Batch.Id}";
        var batchOrderId = batch.Orders[0].BatchOrderId.ToString();

        await _web.PostFormAsync("Admin/PackingBatch/FlagProblem", page, ("BatchId", batch.Batch.Id.ToString()), ("BatchOrderId", batchOrderId), ("Note", "Box damaged"));
        var flagged = await _web.GetPageAsync(page);
        await _web.PostFormAsync("Admin/PackingBatch/ClearProblem", page, ("BatchId", batch.Batch.Id.ToString()), ("BatchOrderId", batchOrderId));

        Assert.That(PackingWebHost.Text(flagged), Does.Contain("Box damaged"));
        Assert.That(flagged, Does.Contain("Clear problem"));
        Assert.That((await _web.App.Batches.GetBatchAsync(batch.Batch.Id)).Orders[0].Status, Is.EqualTo(PackingOrderStatus.Pending));
    }

    [Test]
    public async Task The_pick_list_csv_has_one_line_per_item_with_the_total_and_its_orders()
    {
        var mug = await Store.ProductAsync("MUG-01", p => p.Name = "Mug, \"Sunrise\"");
        var tea = await Store.ProductAsync("=TEA-02");
        var first = await Store.OrderAsync((mug, 2), (tea, 1));
        var second = await Store.OrderAsync((mug, 3));
        var batch = await Store.PackingBatchAsync(first, second);

        using var response = await _web.Client.GetAsync($"Admin/PackingPrint/PickListCsv/{batch.Batch.Id}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition!.FileName, Does.Contain($"pick-list-{batch.Batch.Id}.csv"));
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 byte order mark");
        Assert.That(lines[0], Is.EqualTo("Warehouse,SKU,GTIN,Product,Attributes,Qty,Orders"));
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines, Has.Some.EqualTo($"(no warehouse),MUG-01,,\"Mug, \"\"Sunrise\"\"\",,5,\"{first.CustomOrderNumber}, {second.CustomOrderNumber}\""));
        Assert.That(lines.Single(line => line.Contains("TEA-02")), Does.Not.Contain(",=TEA-02,"), "a cell a spreadsheet would run as a formula is escaped");
    }

    [Test]
    public async Task The_pick_list_prints_without_admin_chrome()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var batch = await Store.PackingBatchAsync(await Store.OrderAsync((mug, 2)), await Store.OrderAsync((mug, 1)));

        var html = await _web.GetPageAsync($"Admin/PackingPrint/PickList/{batch.Batch.Id}");

        Assert.That(html, Does.Contain("packing-print.css").And.Contain("id=\"pick-list\""));
        Assert.That(html, Does.Not.Contain("main-sidebar").And.Not.Contain("main-header"));
        Assert.That(PackingWebHost.Text(html), Does.Contain("3 item(s) on 1 line(s) for 2 order(s)"));
    }

    [Test]
    public async Task The_slips_have_one_page_per_order_with_its_barcode_and_checkout_attributes()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var gift = await Store.OrderAsync(o => o.CheckoutAttributeDescription = "Gift wrapping: Yes<br />Gift message: Happy birthday", new OrderLine(mug, 1));
        var plain = await Store.OrderAsync((mug, 2));
        var batch = await Store.PackingBatchAsync(gift, plain);

        var html = await _web.GetPageAsync($"Admin/PackingPrint/Slips/{batch.Batch.Id}");

        Assert.That(Regex.Matches(html, "<section class=\"print-page slip\"").Count, Is.EqualTo(2));
        Assert.That(html, Does.Contain($"jsbarcode-value=\"{gift.CustomOrderNumber}\"").And.Contain("jsbarcode-format=\"CODE128\""));
        Assert.That(html, Does.Contain("JsBarcode.code128.min.js"));
        Assert.That(PackingWebHost.Text(html), Does.Contain("Gift message: Happy birthday").And.Contain("12 rue de la République"));
        Assert.That(html, Does.Not.Contain("main-sidebar"));
    }

    [Test]
    public async Task The_slips_show_the_store_logo_when_one_is_set_and_none_otherwise()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var batch = await Store.PackingBatchAsync(await Store.OrderAsync((mug, 1)));
        var url = $"Admin/PackingPrint/Slips/{batch.Batch.Id}";

        var withoutLogo = await _web.GetPageAsync(url);
        ((Harness.Fakes.FakePictureService)_web.Host.Services.GetService(typeof(Nop.Services.Media.IPictureService))!).Add(12, "logo");
        ((Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes.InMemorySettingService)_web.Host.Services.GetService(typeof(Nop.Services.Configuration.ISettingService))!)
            .Seed("storeinformationsettings.logopictureid", "12");
        var withLogo = await _web.GetPageAsync(url);

        Assert.That(withoutLogo, Does.Not.Contain("slip-logo").And.Contain("slip-store-name"));
        Assert.That(Regex.Match(withLogo, "<img class=\"slip-logo\" src=\"([^\"]+)\"").Groups[1].Value, Is.EqualTo("http://localhost/images/thumbs/0000012_logo_300.png"));
    }

    [Test]
    public async Task The_slips_show_the_ship_to_name_once_then_the_address_and_cost_the_same_queries_for_more_orders()
    {
        var (html, forOne) = await SameStatementsForOneAndSixOrdersAsync("Admin/PackingPrint/Slips");

        var name = Regex.Matches(html, "<div class=\"slip-ship-to slip-ship-to-name\">([^<]*)</div>").Select(m => m.Groups[1].Value).ToList();
        Assert.That(name, Is.EqualTo(Enumerable.Repeat("Camille Martin", 6)));
        Assert.That(Regex.Matches(html, "Camille Martin").Count, Is.EqualTo(6), "the name is not repeated in the address lines");
        Assert.That(PackingWebHost.Text(html), Does.Contain("12 rue de la République"));
        TestContext.Out.WriteLine($"slips page: {forOne} statements for 1 order and for 6 orders");
    }

    [Test]
    public async Task The_batch_page_shows_each_order_s_ship_to_name_and_costs_the_same_queries_for_more_orders()
    {
        var (html, forOne) = await SameStatementsForOneAndSixOrdersAsync("Admin/PackingBatch/Edit");

        var rows = Regex.Matches(html, "<tr data-batch-order-id=[\\s\\S]*?</tr>").Select(m => m.Value).ToList();
        Assert.That(rows, Has.Count.EqualTo(6));
        Assert.That(rows, Has.All.Contain("Camille Martin"));
        TestContext.Out.WriteLine($"batch page: {forOne} statements for 1 order and for 6 orders");
    }

    [Test]
    public async Task A_vendor_is_refused_the_batch_of_another_vendor_on_every_screen()
    {
        var theirs = await Store.ProductAsync("THEIRS-1", p => p.VendorId = 7);
        var order = await Store.OrderAsync((theirs, 1));
        _web.SignIn(await Store.PackerAsync("staff7@example.com"), vendorId: 7);
        var batch = await Store.PackingBatchAsync(order);
        _web.SignIn(await Store.PackerAsync("staff8@example.com"), vendorId: 8);

        foreach (var url in new[] { "PackingBatch/Edit", "PackingScreen/Pack", "PackingPrint/PickList", "PackingPrint/PickListCsv", "PackingPrint/Slips" })
        {
            using var response = await _web.Client.GetAsync($"Admin/{url}/{batch.Batch.Id}");
            Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"), url);
        }
        var scan = JObject.Parse(await _web.PostAjaxAsync("Admin/PackingScreen/Scan", "Admin/Packing/Index",
            ("BatchId", batch.Batch.Id.ToString()), ("BatchOrderId", batch.Orders[0].BatchOrderId.ToString()), ("Code", "THEIRS-1")));
        Assert.That(scan["Accepted"]!.Value<bool>(), Is.False);
        Assert.That((await Store.App.Batches.GetBatchAsync(batch.Batch.Id)), Is.Null, "vendor 8 sees nothing");
    }

    [Test]
    public async Task The_vendor_who_made_the_batch_sees_it()
    {
        var own = await Store.ProductAsync("OWN-1", p => p.VendorId = 7);
        _web.SignIn(await Store.PackerAsync("staff7@example.com"), vendorId: 7);
        var batch = await Store.PackingBatchAsync(await Store.OrderAsync((own, 1)));

        Assert.That(await _web.GetPageAsync($"Admin/PackingBatch/Edit/{batch.Batch.Id}"), Does.Contain("OWN-1").Or.Contain("Camille Martin"));
    }

    [Test]
    public async Task Staff_opening_a_batch_that_does_not_exist_are_sent_back_to_the_list()
    {
        using var response = await _web.Client.GetAsync("Admin/PackingBatch/Edit/999");

        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/Admin/PackingBatch/List"));
        Assert.That(_web.Host.Notifications.Sent.Single().Type, Is.EqualTo(NotifyType.Error));
    }

    [Test]
    public async Task A_batch_is_assigned_to_a_packer_chosen_from_the_roles_with_the_packing_permission()
    {
        var packing = new Nop.Core.Domain.Security.PermissionRecord { Name = "Packing", SystemName = Permissions.Packing, Category = "MerchantOps" };
        await _web.Database.Repository<Nop.Core.Domain.Security.PermissionRecord>().InsertAsync(packing);
        var role = new Nop.Core.Domain.Customers.CustomerRole { Name = "Packers", SystemName = "Packers", Active = true };
        await _web.Database.Repository<Nop.Core.Domain.Customers.CustomerRole>().InsertAsync(role);
        await _web.Database.Repository<Nop.Core.Domain.Security.PermissionRecordCustomerRoleMapping>().InsertAsync(
            new Nop.Core.Domain.Security.PermissionRecordCustomerRoleMapping { PermissionRecordId = packing.Id, CustomerRoleId = role.Id });
        var bob = await Store.PackerAsync("bob@example.com", "<b>Bob</b>", "Boxer");
        await _web.Database.Repository<Nop.Core.Domain.Customers.CustomerCustomerRoleMapping>().InsertAsync(
            new Nop.Core.Domain.Customers.CustomerCustomerRoleMapping { CustomerId = bob.Id, CustomerRoleId = role.Id });
        var mug = await Store.ProductAsync("MUG-01");
        var created = await _web.App.Batches.CreateFromSelectionAsync([(await Store.OrderAsync((mug, 1))).Id]);
        var batchUrl = $"Admin/PackingBatch/Edit/{created.BatchId}";

        var page = await _web.GetPageAsync(batchUrl);
        using var response = await _web.PostFormAsync($"Admin/PackingBatch/Assign/{created.BatchId}", batchUrl, ("assigneeCustomerId", bob.Id.ToString()));

        Assert.That(Regex.Match(page, $"<option value=\"{bob.Id}\"[^>]*>([^<]*)</option>").Groups[1].Value, Is.EqualTo("&lt;b&gt;Bob&lt;/b&gt; Boxer"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await _web.App.Batches.GetBatchAsync(created.BatchId)).Batch.AssigneeCustomerId, Is.EqualTo(bob.Id));
        Assert.That(await _web.GetPageAsync(batchUrl), Does.Match($"<option value=\"{bob.Id}\" selected"));
    }

    [Test]
    public async Task The_pack_screen_shows_the_ship_to_name_then_the_address_without_repeating_it()
    {
        var address = (await _web.Database.Repository<Address>().GetAllAsync(query => query)).First();
        var state = new Nop.Core.Domain.Directory.StateProvince { Name = "Auvergne-Rhône-Alpes", Abbreviation = "ARA", CountryId = address.CountryId ?? 0, Published = true };
        if (state.CountryId == 0)
        {
            var country = await Store.CountryAsync("France", "FR");
            (state.CountryId, address.CountryId) = (country.Id, country.Id);
        }
        await _web.Database.Repository<Nop.Core.Domain.Directory.StateProvince>().InsertAsync(state);
        address.StateProvinceId = state.Id;
        await _web.Database.Repository<Address>().UpdateAsync(address);
        var mug = await Store.ProductAsync("MUG-01");
        var batch = await Store.PackingBatchAsync(await Store.OrderAsync((mug, 1)));

        var html = await _web.GetPageAsync($"Admin/PackingScreen/Pack/{batch.Batch.Id}");

        Assert.That(Regex.Match(html, "id=\"pack-customer\">([^<]*)<").Groups[1].Value, Is.EqualTo("Camille Martin"));
        var shipTo = PackingWebHost.Text(Regex.Match(html, "<address[^>]*id=\"pack-ship-to\"[^>]*>([\\s\\S]*?)</address>").Groups[1].Value);
        Assert.That(shipTo, Does.Contain("12 rue de la République").And.Contain("Auvergne-Rhône-Alpes").And.Not.Contain("Camille Martin"));
    }

    [Test]
    public async Task A_scan_of_the_right_item_ticks_it_and_a_wrong_item_is_refused_and_audited()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var tea = await Store.ProductAsync("TEA-02");
        var batch = await Store.PackingBatchAsync(await Store.OrderAsync((mug, 2)));
        var packUrl = $"Admin/PackingScreen/Pack/{batch.Batch.Id}";
        var ids = new[] { ("BatchId", batch.Batch.Id.ToString()), ("BatchOrderId", batch.Orders[0].BatchOrderId.ToString()) };

        var good = JObject.Parse(await _web.PostAjaxAsync("Admin/PackingScreen/Scan", packUrl, ids.Append(("Code", "MUG-01")).ToArray()));
        var wrong = JObject.Parse(await _web.PostAjaxAsync("Admin/PackingScreen/Scan", packUrl, ids.Append(("Code", "TEA-02")).ToArray()));

        Assert.That(good["Accepted"]!.Value<bool>(), Is.True);
        Assert.That(good["VerifiedQuantity"]!.Value<int>(), Is.EqualTo(1));
        Assert.That(wrong["Accepted"]!.Value<bool>(), Is.False);
        Assert.That(wrong["Outcome"]!.Value<string>(), Is.EqualTo("WrongItem"));
        Assert.That(wrong["Message"]!.Value<string>(), Is.Not.Empty.And.Not.StartsWith("plugins."), "a message in the packer's language");
        Assert.That(await _web.GetPageAsync($"Admin/PackingBatch/Edit/{batch.Batch.Id}"), Does.Contain("packing-audit-alert").And.Contain("TEA-02"));
    }

    [Test]
    public async Task The_report_shows_each_packer_s_orders_per_hour_and_the_wait_from_payment_to_shipment()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var first = await Store.OrderAsync(o => o.PaidDateUtc = Store.Clock.UtcNow.AddHours(-30), new OrderLine(mug, 1));
        var second = await Store.OrderAsync(o => o.PaidDateUtc = Store.Clock.UtcNow.AddHours(-2), new OrderLine(mug, 1));
        var packer = _web.App.Context.Customer;
        packer.LastName = "<svg/onload=alert(1)>";
        await _web.Database.Repository<Nop.Core.Domain.Customers.Customer>().UpdateAsync(packer);
        var batch = await Store.PackingBatchAsync(first, second);
        foreach (var (order, minutes) in new[] { (first, 10), (second, 5) })
        {
            var row = batch.Orders.Single(o => o.OrderId == order.Id);
            await Store.PackAsync(batch, row.BatchOrderId);
            Store.Clock.Advance(TimeSpan.FromMinutes(minutes));
            Assert.That((await _web.App.Shipping.ShipAsync(row.BatchOrderId, new ShipRequest())).Succeeded, Is.True);
        }
        Store.Clock.Advance(TimeSpan.FromMinutes(1));

        var list = await _web.GetPageAsync("Admin/PackingBatch/List");
        var html = await _web.GetPageAsync("Admin/PackingBatch/Report?days=5");

        Assert.That(list, Does.Contain("id=\"packing-report-link\""));
        Assert.That(Regex.Match(html, "<option[^>]*selected[^>]*>([^<]*)<").Groups[1].Value, Is.EqualTo("Last 7 days"), "an unknown period reads as 7 days");
        var packerRow = Regex.Match(html, "<table[^>]*id=\"packing-report-packers\"[\\s\\S]*?<tbody>([\\s\\S]*?)</tbody>").Groups[1].Value;
        Assert.That(Regex.Matches(packerRow, "<td>([^<]*)</td>").Select(m => m.Groups[1].Value),
            Is.EqualTo(new[] { "Paula &lt;svg/onload=alert(1)&gt;", "2", "15 min", "8.0" }));
        var waits = Regex.Match(html, "<table[^>]*id=\"packing-report-waits\"[\\s\\S]*?</table>").Value;
        Assert.That(Regex.Matches(waits, "<td>([^<]*)</td>").Select(m => m.Groups[1].Value),
            Is.EqualTo(new[] { "2", "16 h 12 min", "2 h 15 min", "1 d 6 h", "1 d 6 h" }), "waits of 30 h 10 min and 2 h 15 min");
    }

    [Test]
    public async Task A_failed_shipment_offers_a_clear_retry_that_ships_once()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var order = await Store.OrderAsync((mug, 1));
        var batch = await Store.PackingBatchAsync(order);
        var batchOrderId = batch.Orders.Single().BatchOrderId;
        await Store.PackAsync(batch, batchOrderId);
        var packUrl = $"Admin/PackingScreen/Pack/{batch.Batch.Id}";
        var fields = new[] { ("BatchId", batch.Batch.Id.ToString()), ("BatchOrderId", batchOrderId.ToString()) };
        _web.App.Faults.FailOnce(FaultPoint.AfterShip);

        var failed = JObject.Parse(await _web.PostAjaxAsync("Admin/PackingScreen/Ship", packUrl, fields));
        var page = await _web.GetPageAsync($"{packUrl}?batchOrderId={batchOrderId}");
        var batchPage = await _web.GetPageAsync($"Admin/PackingBatch/Edit/{batch.Batch.Id}");
        var retried = JObject.Parse(await _web.PostAjaxAsync("Admin/PackingScreen/Ship", packUrl, fields));

        Assert.That((failed["Succeeded"]!.Value<bool>(), failed["CanRetry"]!.Value<bool>()), Is.EqualTo((false, true)));
        Assert.That(Regex.Match(page, "id=\"pack-ship-label\">([^<]*)<").Groups[1].Value, Is.EqualTo("Retry shipping"));
        Assert.That(Regex.Match(page, "<p[^>]*id=\"pack-retry-hint\"[^>]*>").Value, Does.Not.Contain("display:none"));
        Assert.That(Regex.Match(page, "<div[^>]*id=\"pack-ship\"[^>]*>").Value, Does.Not.Contain("display:none"));
        Assert.That(Regex.Match(batchPage, $"<tr data-batch-order-id=\"{batchOrderId}\"[\\s\\S]*?</tr>").Value,
            Does.Contain("id=\"packing-retry-ship-" + batchOrderId + "\"").And.Contain("Retry shipping"));
        Assert.That(retried["Succeeded"]!.Value<bool>(), Is.True);
        Assert.That(await Store.ShipmentsOfAsync(order), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_order_cancelled_meanwhile_offers_no_retry_and_no_ship_form()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var order = await Store.OrderAsync((mug, 1));
        var batch = await Store.PackingBatchAsync(order);
        var batchOrderId = batch.Orders.Single().BatchOrderId;
        await Store.PackAsync(batch, batchOrderId);
        order.OrderStatus = OrderStatus.Cancelled;
        await _web.Database.Repository<Order>().UpdateAsync(order);
        var packUrl = $"Admin/PackingScreen/Pack/{batch.Batch.Id}";

        var refused = JObject.Parse(await _web.PostAjaxAsync("Admin/PackingScreen/Ship", packUrl,
            ("BatchId", batch.Batch.Id.ToString()), ("BatchOrderId", batchOrderId.ToString())));
        var page = await _web.GetPageAsync($"{packUrl}?batchOrderId={batchOrderId}");

        Assert.That((refused["Succeeded"]!.Value<bool>(), refused["CanRetry"]!.Value<bool>()), Is.EqualTo((false, false)));
        Assert.That(Regex.Match(page, "<div[^>]*id=\"pack-ship\"[^>]*>").Value, Does.Contain("display:none"));
        Assert.That(PackingWebHost.Text(page), Does.Contain("cancelled").IgnoreCase);
    }

    [Test]
    public async Task Shipping_answers_with_the_next_order_and_a_second_click_makes_no_second_shipment()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var first = await Store.OrderAsync((mug, 1));
        var second = await Store.OrderAsync((mug, 1));
        var batch = await Store.PackingBatchAsync(first, second);
        var firstId = batch.Orders.Single(o => o.OrderId == first.Id).BatchOrderId;
        await Store.PackAsync(batch, firstId);
        var fields = new[] { ("BatchId", batch.Batch.Id.ToString()), ("BatchOrderId", firstId.ToString()), ("TrackingNumber", "TRACK-1"), ("Weight", "1.5") };
        var packUrl = $"Admin/PackingScreen/Pack/{batch.Batch.Id}";

        var shipped = JObject.Parse(await _web.PostAjaxAsync("Admin/PackingScreen/Ship", packUrl, fields));
        var again = JObject.Parse(await _web.PostAjaxAsync("Admin/PackingScreen/Ship", packUrl, fields));

        Assert.That(shipped["Succeeded"]!.Value<bool>(), Is.True, shipped.ToString());
        Assert.That(shipped["NextBatchOrderId"]!.Value<int>(), Is.EqualTo(batch.Orders.Single(o => o.OrderId == second.Id).BatchOrderId));
        Assert.That(again["Succeeded"]!.Value<bool>(), Is.True, "already shipped comes back as a success");
        var shipments = await Store.ShipmentsOfAsync(first);
        Assert.That(shipments, Has.Count.EqualTo(1));
        Assert.That(shipments[0].TrackingNumber, Is.EqualTo("TRACK-1"));
        Assert.That(shipments[0].TotalWeight, Is.EqualTo(1.5m));
    }

    [Test]
    public async Task A_weight_that_is_not_a_number_is_refused_without_shipping()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var order = await Store.OrderAsync((mug, 1));
        var batch = await Store.PackingBatchAsync(order);
        await Store.PackAsync(batch, batch.Orders[0].BatchOrderId);

        var result = JObject.Parse(await _web.PostAjaxAsync("Admin/PackingScreen/Ship", $"Admin/PackingScreen/Pack/{batch.Batch.Id}",
            ("BatchId", batch.Batch.Id.ToString()), ("BatchOrderId", batch.Orders[0].BatchOrderId.ToString()), ("Weight", "heavy")));

        Assert.That(result["Succeeded"]!.Value<bool>(), Is.False);
        Assert.That(await Store.ShipmentsOfAsync(order), Is.Empty);
    }

    [Test]
    public async Task A_french_packer_types_the_weight_with_a_comma()
    {
        _web.Host.WorkContext.UseFrench();
        var mug = await Store.ProductAsync("MUG-01");
        var order = await Store.OrderAsync((mug, 1));
        var batch = await Store.PackingBatchAsync(order);
        await Store.PackAsync(batch, batch.Orders[0].BatchOrderId);

        var result = JObject.Parse(await _web.PostAjaxAsync("Admin/PackingScreen/Ship", $"Admin/PackingScreen/Pack/{batch.Batch.Id}",
            ("BatchId", batch.Batch.Id.ToString()), ("BatchOrderId", batch.Orders[0].BatchOrderId.ToString()), ("Weight", "2,25")));

        Assert.That(result["Succeeded"]!.Value<bool>(), Is.True, result.ToString());
        Assert.That((await Store.ShipmentsOfAsync(order)).Single().TotalWeight, Is.EqualTo(2.25m));
    }

    [Test]
    public async Task A_failed_shipment_shows_the_order_as_a_problem_with_the_error()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var order = await Store.OrderAsync((mug, 1));
        var batch = await Store.PackingBatchAsync(order);
        var batchOrderId = batch.Orders[0].BatchOrderId;
        await Store.PackAsync(batch, batchOrderId);
        _web.App.Faults.FailOnce(FaultPoint.AfterShipmentItemInsert);

        var result = JObject.Parse(await _web.PostAjaxAsync("Admin/PackingScreen/Ship", $"Admin/PackingScreen/Pack/{batch.Batch.Id}",
            ("BatchId", batch.Batch.Id.ToString()), ("BatchOrderId", batchOrderId.ToString())));
        var page = await _web.GetPageAsync($"Admin/PackingScreen/Pack/{batch.Batch.Id}?batchOrderId={batchOrderId}");

        Assert.That(result["Succeeded"]!.Value<bool>(), Is.False);
        Assert.That(result["Error"]!.Value<string>(), Is.Not.Empty);
        Assert.That(page, Does.Contain("data-state=\"problem\""));
        Assert.That(Regex.Match(page, "<div class=\"pack-problem\"[^>]*>").Value, Does.Not.Contain("display:none"));
        Assert.That(Regex.Match(page, "<div class=\"card card-default pack-ship-card\"[^>]*>").Value, Does.Not.Contain("display:none"), "shipping again resumes");
    }

    [Test]
    public async Task The_override_button_and_action_need_the_packing_override_permission()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var batch = await Store.PackingBatchAsync(await Store.OrderAsync((mug, 3)));
        var packUrl = $"Admin/PackingScreen/Pack/{batch.Batch.Id}";
        var fields = new[] { ("BatchId", batch.Batch.Id.ToString()), ("BatchOrderId", batch.Orders[0].BatchOrderId.ToString()), ("Reason", "Label unreadable") };
        Assert.That(await _web.GetPageAsync(packUrl), Does.Contain("id=\"pack-override\""));

        _web.Host.Permissions.DenyAll().Grant(StandardPermission.Security.ACCESS_ADMIN_PANEL, Permissions.Packing);
        var page = await _web.GetPageAsync(packUrl);
        using var refused = await _web.PostFormAsync("Admin/PackingScreen/Override", packUrl, fields);

        Assert.That(page, Does.Not.Contain("id=\"pack-override\""));
        Assert.That(refused.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"));
        Assert.That((await _web.App.Batches.GetBatchAsync(batch.Batch.Id)).Orders[0].Status, Is.EqualTo(PackingOrderStatus.Pending));

        _web.Host.Permissions.Grant(Permissions.PackingOverride);
        using var allowed = await _web.PostFormAsync("Admin/PackingScreen/Override", packUrl, fields);
        Assert.That((await _web.App.Batches.GetBatchAsync(batch.Batch.Id)).Orders[0].Status, Is.EqualTo(PackingOrderStatus.Packed));
        Assert.That(await _web.GetPageAsync($"Admin/PackingBatch/Edit/{batch.Batch.Id}"), Does.Contain("Label unreadable"));
    }

    [Test]
    public async Task The_batch_and_pack_screens_speak_French_to_a_French_packer()
    {
        _web.Host.WorkContext.UseFrench();
        var mug = await Store.ProductAsync("MUG-01");
        var batch = await Store.PackingBatchAsync(await Store.OrderAsync((mug, 1)));

        var batchPage = PackingWebHost.Text(await _web.GetPageAsync($"Admin/PackingBatch/Edit/{batch.Batch.Id}"));
        var packPage = PackingWebHost.Text(await _web.GetPageAsync($"Admin/PackingScreen/Pack/{batch.Batch.Id}"));
        var queuePage = PackingWebHost.Text(await _web.GetPageAsync(QueueUrl));

        Assert.That(batchPage, Does.Contain("Liste de prélèvement").And.Contain("Journal"));
        Assert.That(packPage, Does.Contain("Scannez un article"));
        Assert.That(queuePage, Does.Contain("commandes prêtes à préparer"));
    }

    [Test]
    public async Task Reading_the_screens_changes_nothing_in_the_database()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var batch = await Store.PackingBatchAsync(await Store.OrderAsync((mug, 1)), await Store.OrderAsync((mug, 2)));
        var before = await CountRowsAsync();

        foreach (var url in new[] { QueueUrl, "Admin/PackingBatch/List", $"Admin/PackingBatch/Edit/{batch.Batch.Id}", $"Admin/PackingScreen/Pack/{batch.Batch.Id}",
                     $"Admin/PackingPrint/PickList/{batch.Batch.Id}", $"Admin/PackingPrint/PickListCsv/{batch.Batch.Id}", $"Admin/PackingPrint/Slips/{batch.Batch.Id}" })
            await _web.GetPageAsync(url);

        Assert.That(await CountRowsAsync(), Is.EqualTo(before));
    }

    private async Task<(int, int, int, int)> CountRowsAsync() => (
        await _web.Database.Repository<PackingBatch>().Table.CountAsync(x => x.Id > 0),
        await _web.Database.Repository<PackingBatchOrder>().Table.CountAsync(x => x.Id > 0),
        await _web.Database.Repository<PackingEvent>().Table.CountAsync(x => x.Id > 0),
        await _web.Database.Repository<Shipment>().Table.CountAsync(x => x.Id > 0));

    /// <summary>
    /// Opens a batch page of one order, then of six (one batch each, every order a mug for Camille Martin), and
    /// asserts that both cost the same statements: no query per order. Returns the six-order page and that count.
    /// </summary>
    private async Task<(string Html, int Statements)> SameStatementsForOneAndSixOrdersAsync(string batchUrl)
    {
        var mug = await Store.ProductAsync("MUG-01");
        var small = await Store.PackingBatchAsync(await Store.OrderAsync((mug, 1)));
        var orders = new List<Order>();
        for (var i = 0; i < 6; i++)
            orders.Add(await Store.OrderAsync((mug, 1)));
        var large = await Store.PackingBatchAsync(orders.ToArray());
        await _web.GetPageAsync($"{batchUrl}/{small.Batch.Id}"); // warms nopCommerce's caches (resources, stores)

        using var counter = new Nop.Plugin.Misc.MerchantOps.Tests.Data.SqlStatementCounter(_web.Database);
        await _web.GetPageAsync($"{batchUrl}/{small.Batch.Id}");
        var forOne = counter.Count;
        counter.Reset();
        var html = await _web.GetPageAsync($"{batchUrl}/{large.Batch.Id}");

        Assert.That(counter.Count, Is.EqualTo(forOne), "no query per order:\n" + string.Join("\n", counter.Statements));
        return (html, forOne);
    }
}
