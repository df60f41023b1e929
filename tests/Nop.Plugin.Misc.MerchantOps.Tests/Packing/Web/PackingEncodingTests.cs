using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json.Linq;
using Nop.Core.Domain.Common;
using Nop.Plugin.Misc.MerchantOps.Packing.Components;
using Nop.Web.Areas.Admin.Models.Orders;
using Nop.Web.Framework.Infrastructure;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Web;

/// <summary>
/// Values typed by customers or staff are text on every packing screen (nopCommerce ran customer names as script in
/// its order grid twice: #3977, #7230). The browser tests check the grids' JavaScript renderers.
/// </summary>
public class PackingEncodingTests
{
    public const string Script = "<svg/onload=alert(1)>";
    private const string Encoded = "&lt;svg/onload=alert(1)&gt;";

    private PackingWebHost _web;
    private int _batchId;
    private int _orderId;

    [SetUp]
    public async Task StartAsync()
    {
        _web = await PackingWebHost.StartAsync();
        var address = (await _web.Database.Repository<Address>().GetAllAsync(query => query)).First();
        address.FirstName = Script;
        address.Company = "<b>bold</b>";
        await _web.Database.Repository<Address>().UpdateAsync(address);

        var mug = await _web.Store.ProductAsync("MUG-01", p => p.Name = "<img src=x onerror=alert(2)>");
        var order = await _web.Store.OrderAsync((mug, 2));
        var created = await _web.App.Batches.CreateFromSelectionAsync([order.Id], "<script>alert(3)</script>");
        await _web.App.Workflow.StartPackingAsync(created.BatchId);
        var batch = await _web.App.Batches.GetBatchAsync(created.BatchId);
        await _web.App.Workflow.FlagProblemAsync(batch.Orders[0].BatchOrderId, "<iframe src=javascript:alert(4)>");
        (_batchId, _orderId) = (created.BatchId, order.Id);
    }

    [TearDown]
    public async Task StopAsync() => await _web.DisposeAsync();

    [TestCase("Admin/PackingBatch/Edit/{0}")]
    [TestCase("Admin/PackingScreen/Pack/{0}")]
    [TestCase("Admin/PackingPrint/Slips/{0}")]
    [TestCase("Admin/PackingPrint/PickList/{0}")]
    public async Task A_customer_or_staff_value_is_text_on_the_page(string url)
    {
        var html = await _web.GetPageAsync(string.Format(url, _batchId));

        Assert.That(html, Does.Not.Contain(Script).And.Not.Contain("<img src=x").And.Not.Contain("<script>alert(3)").And.Not.Contain("<iframe").And.Not.Contain("<b>bold"));
        if (!url.Contains("PickList"))
            Assert.That(html, Does.Contain(Encoded), "the customer's name is shown, encoded");
        if (!url.Contains("PackingBatch"))
            Assert.That(html, Does.Contain("&lt;img src=x onerror=alert(2)&gt;"), "the product name is shown, encoded");
    }

    [Test]
    public async Task The_queue_grid_sends_the_name_as_json_data_for_the_grid_to_encode()
    {
        await _web.App.Workflow.CancelAsync(_batchId, true);

        var json = JObject.Parse(await _web.PostAjaxAsync("Admin/Packing/QueueList", "Admin/Packing/Index", ("Start", "0"), ("Length", "50")));

        Assert.That(json["Data"]![0]!["CustomerName"]!.Value<string>(), Does.StartWith(Script));
        Assert.That(await _web.GetPageAsync("Admin/Packing/Index"), Does.Not.Contain("\"encode\":false"), "every column of the grid is encoded");
    }

    [Test]
    public async Task The_batch_list_grid_is_encoded()
    {
        var json = JObject.Parse(await _web.PostAjaxAsync("Admin/PackingBatch/BatchList", "Admin/PackingBatch/List", ("Start", "0"), ("Length", "15"), ("StateId", "-1")));

        Assert.That(json["Data"]![0]!["Name"]!.Value<string>(), Is.EqualTo("<script>alert(3)</script>"));
        Assert.That(await _web.GetPageAsync("Admin/PackingBatch/List"), Does.Not.Contain("\"encode\":false"));
    }

    [Test]
    public async Task The_order_page_card_shows_the_batch_and_encodes_the_note()
    {
        var html = await _web.GetPageAsync($"PackingWidgetProbe/Render/{_orderId}");

        Assert.That(html, Does.Contain("id=\"merchantops-packing-order\""));
        Assert.That(html, Does.Contain($"/Admin/PackingBatch/Edit/{_batchId}"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(3)&lt;/script&gt;").And.Not.Contain("<script>alert(3)"));
        Assert.That(html, Does.Contain("&lt;iframe").And.Not.Contain("<iframe"), html);
    }

    [Test]
    public async Task The_order_page_card_says_when_the_order_is_in_no_batch()
    {
        var html = await _web.GetPageAsync("PackingWidgetProbe/Render/987654");

        Assert.That(html, Does.Contain("This order is in no packing batch."));
    }

    [Test]
    public async Task The_order_page_card_is_not_shown_without_the_packing_permission()
    {
        _web.Host.Permissions.DenyAll().Grant(Nop.Services.Security.StandardPermission.Security.ACCESS_ADMIN_PANEL);

        var html = await _web.GetPageAsync($"PackingWidgetProbe/Render/{_orderId}");

        Assert.That(html, Is.Empty);
    }

    [Test]
    public async Task The_order_page_card_of_another_vendor_s_batch_shows_nothing_of_it()
    {
        _web.SignIn(await _web.Store.PackerAsync("staff8@example.com"), vendorId: 8);

        var html = await _web.GetPageAsync($"PackingWidgetProbe/Render/{_orderId}");

        Assert.That(html, Does.Contain("This order is in no packing batch.").And.Not.Contain($"/Admin/PackingBatch/Edit/{_batchId}"));
    }

    [Test]
    public void The_plugin_renders_the_card_in_the_order_details_zone()
    {
        var zone = AdminWidgetZones.OrderDetailsBlock;
        var plugin = (MerchantOpsPlugin)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(MerchantOpsPlugin));

        Assert.That(plugin.GetWidgetZonesAsync().Result, Does.Contain(zone));
        //the zone's composite renders the packing card, then the replies card
        Assert.That(plugin.GetWidgetViewComponent(zone), Is.EqualTo(typeof(Nop.Plugin.Misc.MerchantOps.Infrastructure.Widgets.WidgetZoneViewComponent)));
        Assert.That(plugin.GetWidgetViewComponent("admin_dashboard_bottom"), Is.Null);
    }
}

/// <summary>Renders the order page's packing card as nopCommerce's widget zone does (additionalData = the OrderModel).</summary>
public class PackingWidgetProbeController : Controller
{
    [HttpGet]
    public IActionResult Render(int id) =>
        ViewComponent(typeof(PackingOrderBlockViewComponent), new { widgetZone = AdminWidgetZones.OrderDetailsBlock, additionalData = new OrderModel { Id = id } });
}
