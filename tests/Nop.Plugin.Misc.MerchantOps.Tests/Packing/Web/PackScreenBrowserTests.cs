using Microsoft.Playwright;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Web;

/// <summary>The packing screens in headless chromium: keyboard only, as with a USB barcode scanner.</summary>
[NonParallelizable]
public class PackScreenBrowserTests : BrowserTest<PackingWebHost>
{

    protected override Task<PackingWebHost> StartSiteAsync() => PackingWebHost.StartAsync();

    private PackingScenario Store => Web.Store;

    private async Task<(PackingBatchDetails Batch, Order First, Order Second)> TwoOrdersAsync()
    {
        var mug = await Store.ProductAsync("MUG-01");
        await Store.ProductAsync("TEA-02");
        var first = await Store.OrderAsync((mug, 2));
        var second = await Store.OrderAsync((mug, 1));
        return (await Store.PackingBatchAsync(first, second), first, second);
    }

    private static int BatchOrderOf(PackingBatchDetails batch, Order order) => batch.Orders.Single(o => o.OrderId == order.Id).BatchOrderId;

    private async Task ScanAsync(string code)
    {
        var count = await Page.Locator("#pack-screen").GetAttributeAsync("data-signal-count");
        await Page.Keyboard.TypeAsync(code);
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForFunctionAsync($"() => document.getElementById('pack-screen').getAttribute('data-signal-count') !== '{count}'");
    }

    [Test]
    public async Task Enter_flows_from_scan_to_ship_to_the_next_order_without_a_mouse()
    {
        var (batch, first, second) = await TwoOrdersAsync();
        await Page.GotoAsync($"Admin/PackingScreen/Pack/{batch.Batch.Id}");

        Assert.That(await Browser.FocusedIdAsync(), Is.EqualTo("pack-scan"), "the scan field has the focus on arrival");
        await ScanAsync("MUG-01");
        Assert.That(await Page.Locator("#pack-screen").GetAttributeAsync("data-last-signal"), Is.EqualTo("accepted"));
        Assert.That(await Browser.FocusedIdAsync(), Is.EqualTo("pack-scan"));
        await ScanAsync("MUG-01");

        Assert.That(await Page.Locator("#pack-screen").GetAttributeAsync("data-state"), Is.EqualTo("packed"));
        Assert.That(await Page.Locator("tr[data-batch-item-id] .pack-verified").InnerTextAsync(), Is.EqualTo("2"));
        Assert.That(await Browser.FocusedIdAsync(), Is.EqualTo("pack-tracking"), "packed: the ship form takes the keyboard");

        await Page.Keyboard.TypeAsync("TRACK-42");
        await Page.Keyboard.PressAsync("Enter");
        Assert.That(await Browser.FocusedIdAsync(), Is.EqualTo("pack-weight"));
        await Page.Keyboard.TypeAsync("1.25");
        await Page.Keyboard.PressAsync("Enter");

        await Page.WaitForURLAsync($"**batchOrderId={BatchOrderOf(batch, second)}");
        Assert.That(await Page.Locator("#pack-order-number").InnerTextAsync(), Is.EqualTo(second.CustomOrderNumber));
        Assert.That(await Browser.FocusedIdAsync(), Is.EqualTo("pack-scan"), "the next order is ready to scan");
        var shipment = (await Store.ShipmentsOfAsync(first)).Single();
        Assert.That(shipment.TrackingNumber, Is.EqualTo("TRACK-42"));
        Assert.That(shipment.TotalWeight, Is.EqualTo(1.25m));
    }

    [Test]
    public async Task The_scan_field_takes_the_focus_back_after_a_click_elsewhere()
    {
        var (batch, _, _) = await TwoOrdersAsync();
        await Page.GotoAsync($"Admin/PackingScreen/Pack/{batch.Batch.Id}");

        await Page.Locator("#pack-lines").ClickAsync();
        await Page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'pack-scan'");
        await Page.Locator(".content-header h1").ClickAsync();
        await Page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'pack-scan'");
        await Page.EvaluateAsync("() => document.getElementById('pack-scan').blur()");

        await Page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'pack-scan'");
        Assert.That(await Browser.FocusedIdAsync(), Is.EqualTo("pack-scan"));
    }

    [Test]
    public async Task A_wrong_item_is_refused_with_a_red_signal_and_a_low_beep()
    {
        var (batch, first, _) = await TwoOrdersAsync();
        await Page.GotoAsync($"Admin/PackingScreen/Pack/{batch.Batch.Id}");

        await ScanAsync("TEA-02");

        var screen = Page.Locator("#pack-screen");
        Assert.That(await screen.GetAttributeAsync("data-last-signal"), Is.EqualTo("refused"));
        Assert.That(await Page.Locator("#pack-feedback").GetAttributeAsync("class"), Does.Contain("pack-feedback-refused"));
        Assert.That(await Page.Locator("#pack-feedback").InnerTextAsync(), Is.Not.Empty);
        Assert.That(await Page.Locator("#pack-scan").GetAttributeAsync("class"), Does.Contain("is-invalid"));
        Assert.That(await Page.EvaluateAsync<string>("() => getComputedStyle(document.getElementById('pack-feedback')).backgroundColor"), Is.EqualTo("rgb(220, 53, 69)"));
        Assert.That(await Browser.BeepTypesAsync(), Does.Contain("square"), "the refusal tone");
        Assert.That(await Page.Locator("tr[data-batch-item-id] .pack-verified").InnerTextAsync(), Is.EqualTo("0"));
        Assert.That(await Browser.FocusedIdAsync(), Is.EqualTo("pack-scan"));

        await ScanAsync("MUG-01");

        Assert.That(await screen.GetAttributeAsync("data-last-signal"), Is.EqualTo("accepted"));
        Assert.That(await Page.Locator("#pack-scan").GetAttributeAsync("class"), Does.Not.Contain("is-invalid"));
        Assert.That((await Browser.BeepTypesAsync()).Last(), Is.EqualTo("sine"), "a different tone for success");
        Assert.That(await Page.Locator("tr[data-batch-item-id] .pack-verified").InnerTextAsync(), Is.EqualTo("1"));
    }

    [Test]
    public async Task An_unknown_code_and_one_unit_too_many_are_refused_too()
    {
        var (batch, _, second) = await TwoOrdersAsync();
        await Page.GotoAsync($"Admin/PackingScreen/Pack/{batch.Batch.Id}?batchOrderId={BatchOrderOf(batch, second)}");

        await ScanAsync("NO-SUCH-CODE");
        Assert.That(await Page.Locator("#pack-screen").GetAttributeAsync("data-last-signal"), Is.EqualTo("refused"));

        await ScanAsync("MUG-01");
        Assert.That(await Page.Locator("#pack-screen").GetAttributeAsync("data-last-signal"), Is.EqualTo("packed"));
        await Page.Locator("#pack-scan").FocusAsync();
        await ScanAsync("MUG-01");
        Assert.That(await Page.Locator("#pack-screen").GetAttributeAsync("data-last-signal"), Is.EqualTo("refused"), "over quantity");
    }

    [Test]
    public async Task Scanning_an_order_number_opens_that_order()
    {
        var (batch, _, second) = await TwoOrdersAsync();
        await Page.GotoAsync($"Admin/PackingScreen/Pack/{batch.Batch.Id}");

        await Page.Keyboard.TypeAsync(second.CustomOrderNumber);
        await Page.Keyboard.PressAsync("Enter");

        await Page.WaitForURLAsync($"**batchOrderId={BatchOrderOf(batch, second)}");
        Assert.That(await Page.Locator("#pack-order-number").InnerTextAsync(), Is.EqualTo(second.CustomOrderNumber));
    }

    [Test]
    public async Task A_double_click_on_ship_makes_one_shipment()
    {
        var (batch, first, second) = await TwoOrdersAsync();
        await Store.PackAsync(batch, BatchOrderOf(batch, first));
        await Page.GotoAsync($"Admin/PackingScreen/Pack/{batch.Batch.Id}?batchOrderId={BatchOrderOf(batch, first)}");

        await Page.Locator("#pack-ship-button").DispatchEventAsync("click");
        await Page.Locator("#pack-ship-button").DispatchEventAsync("click");
        await Page.Keyboard.PressAsync("Enter");

        await Page.WaitForURLAsync($"**batchOrderId={BatchOrderOf(batch, second)}");
        Assert.That(await Store.ShipmentsOfAsync(first), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_customer_name_with_markup_shows_as_text_in_the_queue_grid_and_on_the_pack_screen()
    {
        var address = (await Web.Database.Repository<Address>().GetAllAsync(query => query)).First();
        address.FirstName = PackingEncodingTests.Script;
        await Web.Database.Repository<Address>().UpdateAsync(address);
        var mug = await Store.ProductAsync("MUG-01");
        var order = await Store.OrderAsync((mug, 1));

        await Page.GotoAsync("Admin/Packing/Index");
        await new AdminGrid(Page, "packing-queue-grid").WaitForLoadAsync();
        var grid = Page.Locator("#packing-queue-grid tbody");

        Assert.That(await grid.InnerTextAsync(), Does.Contain(PackingEncodingTests.Script));
        Assert.That(await grid.Locator("svg").CountAsync(), Is.Zero);

        var batch = await Store.PackingBatchAsync(order);
        await Page.GotoAsync($"Admin/PackingScreen/Pack/{batch.Batch.Id}");
        Assert.That(await Page.Locator("#pack-customer").InnerTextAsync(), Does.Contain(PackingEncodingTests.Script));
        Assert.That(await Page.Locator("#pack-order svg").CountAsync(), Is.Zero);

        await Page.GotoAsync($"Admin/PackingPrint/Slips/{batch.Batch.Id}");
        await Page.WaitForSelectorAsync("svg.order-barcode[data-rendered='true']");
        Assert.That(await Page.Locator(".slip-ship-to").First.InnerTextAsync(), Does.Contain(PackingEncodingTests.Script));
        Assert.That(await Page.Locator("svg.order-barcode rect").CountAsync(), Is.GreaterThan(10), "JsBarcode drew the Code 128 bars");
        Assert.That(Browser.Dialogs, Is.Empty, "no script of the customer ran");
    }

    [Test]
    public async Task Ticking_orders_in_the_queue_and_creating_the_batch_opens_it()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var first = await Store.OrderAsync((mug, 1));
        await Store.OrderAsync((mug, 1));
        await Page.GotoAsync("Admin/Packing/Index");
        await new AdminGrid(Page, "packing-queue-grid").WaitForLoadAsync();
        Assert.That(await Page.Locator("#packing-create-selected").IsDisabledAsync(), Is.True, "nothing selected yet");

        await Page.Locator($"input[name=SelectedOrderIds][value='{first.Id}']").CheckAsync();
        Assert.That(await Page.Locator("#packing-selected-count").InnerTextAsync(), Is.EqualTo("1"));
        await Page.Locator("#packing-create-selected").ClickAsync();

        await Page.WaitForURLAsync("**/Admin/PackingBatch/Edit/*");
        Assert.That(await Page.Locator("tr[data-batch-order-id]").CountAsync(), Is.EqualTo(1));
        Assert.That(await Page.ContentAsync(), Does.Contain("created with 1 order(s)"));
    }

    [Test]
    public async Task A_failed_shipment_shows_Retry_shipping_and_Enter_retries_it_without_a_second_shipment()
    {
        var (batch, first, second) = await TwoOrdersAsync();
        await Store.PackAsync(batch, BatchOrderOf(batch, first));
        Web.App.Faults.FailOnce(Harness.Fakes.FaultPoint.AfterShip);
        await Page.GotoAsync($"Admin/PackingScreen/Pack/{batch.Batch.Id}?batchOrderId={BatchOrderOf(batch, first)}");

        Assert.That(await Browser.FocusedIdAsync(), Is.EqualTo("pack-tracking"));
        await Page.Keyboard.PressAsync("Enter");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForFunctionAsync("() => document.getElementById('pack-screen').getAttribute('data-state') === 'problem'");

        Assert.That(await Page.Locator("#pack-ship-label").InnerTextAsync(), Is.EqualTo("Retry shipping"));
        Assert.That(await Page.Locator("#pack-retry-hint").IsVisibleAsync(), Is.True);
        Assert.That(await Page.Locator("#pack-problem").IsVisibleAsync(), Is.True);
        Assert.That(await Browser.FocusedIdAsync(), Is.EqualTo("pack-tracking"), "the ship form keeps the keyboard for the retry");

        await Page.Keyboard.PressAsync("Enter");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync($"**batchOrderId={BatchOrderOf(batch, second)}");
        Assert.That(await Store.ShipmentsOfAsync(first), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_queue_is_filtered_by_a_product_found_by_typing_its_name()
    {
        var mug = await Store.ProductAsync("MUG-01", p => p.Name = "Blue mug");
        var tea = await Store.ProductAsync("TEA-02", p => p.Name = "Green tea");
        var withMug = await Store.OrderAsync((mug, 1));
        await Store.OrderAsync((tea, 1));
        await Page.GotoAsync("Admin/Packing/Index");
        await new AdminGrid(Page, "packing-queue-grid").WaitForLoadAsync(2);

        await Page.Locator("#packing-product-search").FocusAsync();
        await Page.Keyboard.TypeAsync("blue");
        await Page.WaitForFunctionAsync("() => document.querySelectorAll('#packing-product-choices option').length === 1");
        var choice = await Page.Locator("#packing-product-choices option").GetAttributeAsync("value");
        await Page.Locator("#packing-product-search").FillAsync(choice!);
        await Page.WaitForTimeoutAsync(800); // longer than the search delay (250 ms) and its answer: the choice must stay
        await Page.Locator("#search-packing-queue").ClickAsync();
        await new AdminGrid(Page, "packing-queue-grid").WaitForLoadAsync(1);

        Assert.That(choice, Is.EqualTo("Blue mug (MUG-01)"));
        Assert.That(await Page.Locator("#ProductId").InputValueAsync(), Is.EqualTo(mug.Id.ToString()));
        Assert.That(await Page.Locator($"input[name=SelectedOrderIds][value='{withMug.Id}']").CountAsync(), Is.EqualTo(1));

        await Page.Locator("#packing-product-search").FillAsync("");
        Assert.That(await Page.Locator("#ProductId").InputValueAsync(), Is.EqualTo("0"), "clearing the field clears the filter");
    }
}
