using Nop.Core.Domain.Common;
using Nop.Core.Domain.Directory;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Web;

/// <summary>
/// Screenshots of the packing screens for a person to look at (not a check): run with
/// <c>--filter FullyQualifiedName~PackingScreenshots</c>; the PNGs go to $TMPDIR/merchantops-screens.
/// </summary>
[Explicit("takes screenshots for a person to look at")]
public class PackingScreenshots : BrowserTest<PackingWebHost>
{
    protected override Task<PackingWebHost> StartSiteAsync() => PackingWebHost.StartAsync();

    [Test]
    public async Task Take_screenshots_of_the_packing_screens()
    {
        var folder = Path.Combine(Path.GetTempPath(), "merchantops-screens");
        Directory.CreateDirectory(folder);
        var web = Web;
        var store = web.Store;

        var france = await store.CountryAsync("France", "FR");
        var address = (await web.Database.Repository<Address>().GetAllAsync(query => query)).First();
        address.CountryId = france.Id;
        await web.Database.Repository<Address>().UpdateAsync(address);
        var main = await store.WarehouseAsync("Main warehouse");
        var mug = await store.ProductAsync("MUG-01", p => { p.Name = "Enamel mug, sunrise"; p.WarehouseId = main.Id; p.Gtin = "3760123450012"; });
        var tea = await store.ProductAsync("TEA-EARL-100", p => { p.Name = "Earl Grey tea, 100 g"; p.WarehouseId = main.Id; });
        var tote = await store.ProductAsync("TOTE-NAT", p => p.Name = "Canvas tote bag");
        var orders = new List<Nop.Core.Domain.Orders.Order>
        {
            await store.OrderAsync(o => { o.ShippingMethod = "Colissimo"; o.CheckoutAttributeDescription = "Gift wrapping: Yes<br />Gift message: Happy birthday Léa!"; },
                new OrderLine(mug, 2), new OrderLine(tea, 1, "<Attributes/>", "Flavour: Bergamot")),
            await store.OrderAsync(o => o.ShippingMethod = "Colissimo", new OrderLine(tea, 3)),
            await store.OrderAsync(o => o.ShippingMethod = "Chronopost", new OrderLine(tote, 1), new OrderLine(mug, 1))
        };
        for (var i = 0; i < 4; i++)
            await store.OrderAsync(o => o.ShippingMethod = "Colissimo", new OrderLine(i % 2 == 0 ? tote : mug, i + 1));

        var page = Page;

        await page.GotoAsync("Admin/Packing/Index");
        await new AdminGrid(page, "packing-queue-grid").WaitForLoadAsync();
        await page.Locator("tbody input[name=SelectedOrderIds]").First.CheckAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "1-queue.png"), FullPage = true });

        var batch = await store.PackingBatchAsync(orders.ToArray());
        await store.PackAsync(batch, batch.Orders[1].BatchOrderId);
        await web.App.Scans.ScanAsync(batch.Batch.Id, batch.Orders[0].BatchOrderId, "MUG-01");
        await web.App.Scans.ScanAsync(batch.Batch.Id, batch.Orders[0].BatchOrderId, "TOTE-NAT");
        await web.App.Workflow.FlagProblemAsync(batch.Orders[2].BatchOrderId, "Box damaged, repack");
        await page.GotoAsync($"Admin/PackingBatch/Edit/{batch.Batch.Id}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "2-batch.png"), FullPage = true });
        await page.Locator(".packing-row-actions").First.ClickAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "2b-batch-order-dialog.png") });
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("?");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "2c-batch-keys.png") });
        await page.Keyboard.PressAsync("Escape");

        await page.GotoAsync($"Admin/PackingScreen/Pack/{batch.Batch.Id}?batchOrderId={batch.Orders[0].BatchOrderId}");
        await page.Keyboard.TypeAsync("TOTE-NAT");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.getElementById('pack-screen').getAttribute('data-last-signal') === 'refused'");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "3-pack-refused.png"), FullPage = true });

        await page.Keyboard.TypeAsync("MUG-01");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("TEA-EARL-100");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.getElementById('pack-screen').getAttribute('data-state') === 'packed'");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "4-pack-packed.png"), FullPage = true });

        await page.GotoAsync($"Admin/PackingPrint/PickList/{batch.Batch.Id}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "5-picklist.png"), FullPage = true });
        await page.GotoAsync($"Admin/PackingPrint/Slips/{batch.Batch.Id}");
        await page.WaitForSelectorAsync("svg.order-barcode[data-rendered='true']");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "6-slips.png"), FullPage = false });
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        await page.PdfAsync(new() { Path = Path.Combine(folder, "7-slips.pdf"), Format = "A4" });

        TestContext.Out.WriteLine($"Screenshots in {folder}\n" + string.Join("\n", Browser.Console));
    }
}
