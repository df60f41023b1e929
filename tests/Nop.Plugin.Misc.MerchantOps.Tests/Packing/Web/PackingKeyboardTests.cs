using System.Diagnostics;
using Microsoft.Playwright;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Web;

/// <summary>
/// A packer's path with the keyboard alone, in headless chromium: the queue's keys, the batch page's keys and its
/// one tab stop per list, the pack screen. Every key the test presses is counted, by who presses it.
/// </summary>
[NonParallelizable]
public class PackingKeyboardTests : BrowserTest<PackingWebHost>
{
    private Keystrokes _keys;

    protected override Task<PackingWebHost> StartSiteAsync() => PackingWebHost.StartAsync();

    [SetUp]
    public void CountKeys() => _keys = new Keystrokes(Page);

    private PackingScenario Store => Web.Store;

    private async Task OpenQueueAsync()
    {
        await Page.GotoAsync("Admin/Packing/Index");
        await new AdminGrid(Page, "packing-queue-grid").WaitForLoadAsync();
    }

    [Test]
    public async Task A_packer_ships_20_orders_from_the_queue_with_the_keyboard_alone()
    {
        const int orderCount = 20;
        var mug = await Store.ProductAsync("MUG-01");
        var tea = await Store.ProductAsync("TEA-02");
        var units = new Dictionary<string, string[]>();
        var orders = new List<Order>();
        for (var i = 0; i < orderCount; i++)
        {
            var order = i % 3 == 0 ? await Store.OrderAsync((mug, 1), (tea, 1)) : await Store.OrderAsync((i % 2 == 0 ? mug : tea, 1));
            orders.Add(order);
            units[order.CustomOrderNumber] = (await Store.ItemsOfAsync(order))
                .SelectMany(item => Enumerable.Repeat(item.ProductId == mug.Id ? "MUG-01" : "TEA-02", item.Quantity)).ToArray();
        }
        await OpenQueueAsync();
        var clock = Stopwatch.StartNew();

        // queue: N puts the cursor in "next N oldest" (the setting proposes 20), Enter creates the batch
        await _keys.PressAsync("n");
        Assert.That(await Browser.FocusedIdAsync(), Is.EqualTo("NextCount"));
        await RunAndWaitForLoadAsync(() => _keys.PressAsync("Enter"));
        Assert.That(Page.Url, Does.Contain("/Admin/PackingBatch/Edit/"));

        // batch page: L prints the pick list in a new tab, P starts packing and opens the pack screen
        var pickList = await Page.Context.RunAndWaitForPageAsync(() => _keys.PressAsync("l"));
        await pickList.WaitForLoadStateAsync();
        Assert.That(pickList.Url, Does.Contain("/Admin/PackingPrint/PickList/"));
        await pickList.CloseAsync();
        await RunAndWaitForLoadAsync(() => _keys.PressAsync("p"));
        Assert.That(Page.Url, Does.Contain("/Admin/PackingScreen/Pack/"));

        // pack screen: the scanner reads each unit and the carrier label, the packer presses Enter to ship
        for (var shipped = 1; shipped <= orderCount; shipped++)
        {
            Assert.That(await Browser.FocusedIdAsync(), Is.EqualTo("pack-scan"), $"order {shipped} is ready to scan");
            var number = await Page.Locator("#pack-order-number").InnerTextAsync();
            foreach (var code in units[number])
                await _keys.ScanAsync(code);
            Assert.That(await Page.Locator("#pack-screen").GetAttributeAsync("data-state"), Is.EqualTo("packed"), number);
            await _keys.ScanAsync($"TRK-{number}", waitForSignal: false);
            Assert.That(await Browser.FocusedIdAsync(), Is.EqualTo("pack-weight"));
            await RunAndWaitForLoadAsync(() => _keys.PressAsync("Enter"));
        }
        clock.Stop();

        var batch = await Web.App.Batches.GetBatchAsync(int.Parse(Page.Url.Split('/').Last()));
        Assert.That(batch.Batch.State, Is.EqualTo(PackingBatchState.Done), "the 20th shipment finished the batch and opened its page");
        foreach (var order in orders)
            Assert.That((await Store.ShipmentsOfAsync(order)).Select(s => s.TrackingNumber), Is.EqualTo(new[] { $"TRK-{order.CustomOrderNumber}" }));
        Assert.That(_keys.Count("Tab"), Is.Zero);
        Assert.That(_keys.ByPacker, Is.EqualTo(2 + 2 + orderCount), "N, Enter on the queue; L, P on the batch page; one Enter per order");
        TestContext.Out.WriteLine($"KEYBOARD RUN: {orderCount} orders in {clock.Elapsed.TotalSeconds:0.0} s; packer keys {_keys.ByPacker} " +
            $"({_keys.Summary}), Tab {_keys.Count("Tab")}; scanner {_keys.Scans} reads ({_keys.ScannerCharacters} characters with their Enter)");
    }

    [Test]
    public async Task Enter_in_the_next_N_field_creates_a_batch_of_that_many_oldest_orders()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var orders = new List<Order>();
        for (var i = 0; i < 5; i++)
            orders.Add(await Store.OrderAsync((mug, 1)));
        await OpenQueueAsync();

        await Page.Locator("#NextCount").FillAsync("3");
        await RunAndWaitForLoadAsync(() => Page.Keyboard.PressAsync("Enter"), TimeSpan.FromSeconds(15));

        Assert.That(Page.Url, Does.Contain("/Admin/PackingBatch/Edit/"));
        var batch = await Web.App.Batches.GetBatchAsync(int.Parse(Page.Url.Split('/').Last()));
        Assert.That(batch.Orders.Select(o => o.OrderId), Is.EquivalentTo(orders.Take(3).Select(o => o.Id)));
    }

    [Test]
    public async Task Tab_enters_the_batch_s_order_list_once_and_the_arrows_move_between_its_orders()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var orders = new List<Order>();
        for (var i = 0; i < 20; i++)
            orders.Add(await Store.OrderAsync((mug, 1)));
        var batch = await Store.PackingBatchAsync(orders.ToArray());
        await Page.GotoAsync($"Admin/PackingBatch/Edit/{batch.Batch.Id}");

        var stops = await TabStopsAsync();
        var inList = stops.Count(stop => stop.InOrderList);

        Assert.That(inList, Is.EqualTo(2), "the first order's link and its Actions button: " + string.Join(" | ", stops.Select(s => s.Name)));
        TestContext.Out.WriteLine($"TAB STOPS on the batch page of 20 orders: {stops.Count} ({inList} in the order list)");

        var firstActions = Page.Locator("tr[data-batch-order-id] .packing-row-actions").First;
        await firstActions.FocusAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("ArrowDown");
        Assert.That(await Page.EvaluateAsync<string>("() => document.activeElement.getAttribute('data-batch-order-id')"),
            Is.EqualTo(batch.Orders[2].BatchOrderId.ToString()));
    }

    [Test]
    public async Task An_order_is_skipped_and_another_flagged_from_the_order_dialog_with_the_keyboard()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var first = await Store.OrderAsync((mug, 1));
        var second = await Store.OrderAsync((mug, 1));
        var batch = await Store.PackingBatchAsync(first, second);
        var page = $"Admin/PackingBatch/Edit/{batch.Batch.Id}";
        await Page.GotoAsync(page);

        await Page.Locator($"button[data-batch-order-id='{batch.Orders[0].BatchOrderId}']").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        Assert.That(await Page.Locator("#packing-order-dialog").IsVisibleAsync(), Is.True);
        Assert.That(await Browser.FocusedIdAsync(), Is.EqualTo("packing-order-pack"), "the dialog opens on Pack");
        await Page.Locator("#packing-order-skip-form select").SelectOptionAsync(((int)PackingSkipReason.OutOfStock).ToString());
        await Page.Locator("#packing-order-skip-form input[name=Note]").FocusAsync();
        await Page.Keyboard.TypeAsync("Back Monday");
        await RunAndWaitForLoadAsync(() => Page.Keyboard.PressAsync("Enter"));

        await Page.Locator($"button[data-batch-order-id='{batch.Orders[1].BatchOrderId}']").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.Locator("#packing-order-flag-form input[name=Note]").FocusAsync();
        await Page.Keyboard.TypeAsync("Box damaged");
        await RunAndWaitForLoadAsync(() => Page.Keyboard.PressAsync("Enter"));

        var details = await Web.App.Batches.GetBatchAsync(batch.Batch.Id);
        Assert.That(details.Orders.Single(o => o.OrderId == first.Id).Status, Is.EqualTo(PackingOrderStatus.Skipped));
        Assert.That(details.Orders.Single(o => o.OrderId == first.Id).Note, Is.EqualTo("Back Monday"));
        Assert.That(details.Orders.Single(o => o.OrderId == second.Id).Status, Is.EqualTo(PackingOrderStatus.Problem));
        Assert.That(details.Orders.Single(o => o.OrderId == second.Id).Note, Is.EqualTo("Box damaged"));
    }

    [Test]
    public async Task Letter_keys_wait_while_a_field_is_typed_in_and_question_mark_lists_the_screen_s_keys()
    {
        var mug = await Store.ProductAsync("MUG-01");
        await Store.OrderAsync((mug, 1));
        await OpenQueueAsync();

        await Page.Locator("#BatchName").FocusAsync();
        await Page.Keyboard.TypeAsync("Big run");
        Assert.That(await Page.Locator("#BatchName").InputValueAsync(), Is.EqualTo("Big run"), "B and N were typed, not pressed");
        Assert.That(Page.Url, Does.Contain("/Admin/Packing/Index"));

        await Page.Locator("h1").ClickAsync();
        await Page.Keyboard.PressAsync("?");
        var list = Page.Locator("#packing-keys");
        Assert.That(await list.IsVisibleAsync(), Is.True);
        Assert.That(await list.InnerTextAsync(), Does.Contain("Next N oldest").And.Contain("Open the batch list"));
        await Page.Keyboard.PressAsync("b");
        Assert.That(Page.Url, Does.Contain("/Admin/Packing/Index"), "no key acts behind the list");
        await Page.Keyboard.PressAsync("Escape");
        Assert.That(await list.IsVisibleAsync(), Is.False);
    }

    [Test]
    public async Task On_the_pack_screen_question_mark_and_Enter_in_the_scan_field_list_the_keys_and_Escape_gives_the_field_back()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var batch = await Store.PackingBatchAsync(await Store.OrderAsync((mug, 1)));
        await Page.GotoAsync($"Admin/PackingScreen/Pack/{batch.Batch.Id}");

        await Page.Keyboard.TypeAsync("?");
        await Page.Keyboard.PressAsync("Enter");
        Assert.That(await Page.Locator("#packing-keys").IsVisibleAsync(), Is.True);
        Assert.That(await Page.Locator("#packing-keys").InnerTextAsync(), Does.Contain("ship the order and open the next one"));
        Assert.That(await Page.Locator("#pack-screen").GetAttributeAsync("data-signal-count"), Is.EqualTo("0"), "nothing was sent as a scan");

        await Page.Keyboard.PressAsync("Escape");
        await Page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'pack-scan'");
        Assert.That(await Page.Locator("#packing-keys").IsVisibleAsync(), Is.False);
    }

    [TestCase(1366)]
    [TestCase(1024)]
    [TestCase(800)]
    public async Task The_batch_buttons_of_the_queue_stay_on_one_line(int width)
    {
        await Page.SetViewportSizeAsync(width, 900);
        await OpenQueueAsync();

        foreach (var id in new[] { "packing-create-oldest", "packing-create-selected" })
        {
            var lines = await Page.EvaluateAsync<double>($$"""
                () => {
                    const button = document.getElementById('{{id}}');
                    const style = getComputedStyle(button);
                    const content = button.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
                        - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth);
                    return content / (parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2);
                }
                """);
            Assert.That(lines, Is.LessThan(1.5), $"{id} at {width} px");
        }
    }

    private async Task<List<(string Name, bool InOrderList)>> TabStopsAsync()
    {
        var stops = new List<(string Name, bool InOrderList)>();
        for (var i = 0; i < 500; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            var stop = await Page.EvaluateAsync<string[]>("""
                () => {
                    const e = document.activeElement;
                    if (!e || e === document.body) return ['BODY', 'false'];
                    return [e.id || (e.tagName + ':' + (e.textContent || '').trim().slice(0, 20)), String(!!e.closest('tr[data-batch-order-id]'))];
                }
                """);
            if (stops.Count > 0 && stop[0] == stops[0].Name || stop[0] == "BODY")
                break;
            stops.Add((stop[0], stop[1] == "true"));
        }
        return stops;
    }

    /// <summary>Presses keys for the test and counts them: the packer's keys one by one, what the barcode scanner types as reads.</summary>
    private sealed class Keystrokes(IPage page)
    {
        private readonly List<string> _pressed = new();

        public int ByPacker => _pressed.Count;
        public int Scans { get; private set; }
        public int ScannerCharacters { get; private set; }
        public string Summary => string.Join(", ", _pressed.GroupBy(key => key).Select(group => $"{group.Key} ×{group.Count()}"));

        public int Count(string key) => _pressed.Count(pressed => pressed == key);

        public async Task PressAsync(string key)
        {
            _pressed.Add(key);
            await page.Keyboard.PressAsync(key);
        }

        /// <summary>What a USB scanner sends: the code, then Enter; waits for the pack screen's signal unless told not to.</summary>
        public async Task ScanAsync(string code, bool waitForSignal = true)
        {
            Scans++;
            ScannerCharacters += code.Length + 1;
            var count = await page.Locator("#pack-screen").GetAttributeAsync("data-signal-count");
            await page.Keyboard.TypeAsync(code);
            await page.Keyboard.PressAsync("Enter");
            if (waitForSignal)
                await page.WaitForFunctionAsync($"() => document.getElementById('pack-screen').getAttribute('data-signal-count') !== '{count}'");
        }
    }

    /// <summary>
    /// Runs the action and waits until the page it navigates to has loaded, a new address or the same one again
    /// (the load event of the next document; 30 s unless told).
    /// </summary>
    private async Task RunAndWaitForLoadAsync(Func<Task> action, TimeSpan? timeout = null)
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object sender, IPage page) => loaded.TrySetResult();
        Page.Load += OnLoad;
        try
        {
            await action();
            await loaded.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(30));
        }
        finally
        {
            Page.Load -= OnLoad;
        }
    }
}
