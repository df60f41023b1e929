using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Web;

/// <summary>
/// The pick list and the packaging slips have no nopCommerce layout, and nopCommerce's link and script tag helpers
/// take a page's stylesheet (and, with bundling on, its scripts) into lists only a layout writes: the pages must
/// write them themselves, or they print unstyled and without barcodes.
/// </summary>
public class PrintPageAssetsTests
{
    private const string Content = "/Plugins/Misc.MerchantOps/Content/";

    private static readonly Dictionary<string, string[]> ExpectedScripts = new()
    {
        ["PickList"] = [Content + "packing-print.js"],
        ["Slips"] = [Content + "lib/jsbarcode/JsBarcode.code128.min.js", Content + "packing-print.js"]
    };

    [TestCase("PickList", true)]
    [TestCase("Slips", true)]
    [TestCase("PickList", false)]
    [TestCase("Slips", false)]
    public async Task A_print_page_links_its_stylesheet_and_scripts_exactly_once(string page, bool bundling)
    {
        await using var web = await PackingWebHost.StartAsync(bundling ? null : PluginTestHost.WithoutBundling);
        var mug = await web.Store.ProductAsync("MUG-01");
        var batch = await web.Store.PackingBatchAsync(await web.Store.OrderAsync((mug, 2)));

        var html = await web.GetPageAsync($"Admin/PackingPrint/{page}/{batch.Batch.Id}");

        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        var stylesheets = Regex.Matches(head, "<link[^>]*rel=\"stylesheet\"[^>]*>").Select(link => Regex.Match(link.Value, "href=\"([^\"]*)\"").Groups[1].Value).ToArray();
        var scripts = Regex.Matches(html, "<script[^>]*src=\"([^\"]*)\"").Select(script => script.Groups[1].Value).ToArray();
        Assert.That(stylesheets, Is.EqualTo(new[] { Content + "packing-print.css" }), "in the head");
        Assert.That(scripts, Is.EqualTo(ExpectedScripts[page]), "in this order: packing-print.js draws the barcodes with JsBarcode");
        Assert.That(html.IndexOf("<script", StringComparison.Ordinal), Is.GreaterThan(html.LastIndexOf("</section>", StringComparison.Ordinal))
            .And.GreaterThan(html.LastIndexOf("</main>", StringComparison.Ordinal)), "after the content they work on");
        Assert.That(web.Host.UnhandledExceptions, Is.Empty);
    }
}

/// <summary>The printed pages in headless chromium: styled A4 pages with borders, and barcodes on the slips.</summary>
[NonParallelizable]
public class PrintPageBrowserTests : BrowserTest<PackingWebHost>
{
    protected override Task<PackingWebHost> StartSiteAsync() => PackingWebHost.StartAsync();

    /// <summary>Whether a loaded stylesheet has an @page rule of the given size (what prints on A4).</summary>
    private const string PageSizeScript = """
        () => Array.from(document.styleSheets).some(sheet =>
            Array.from(sheet.cssRules).some(rule => rule instanceof CSSPageRule && rule.style.getPropertyValue('size').toUpperCase() === 'A4'))
        """;

    private static Task<string> StyleAsync(IPage page, string selector, string property) =>
        page.EvaluateAsync<string>($"() => getComputedStyle(document.querySelector('{selector}')).getPropertyValue('{property}')");

    [Test]
    public async Task The_pick_list_and_the_slips_are_styled_A4_pages_with_borders_and_barcodes()
    {
        var mug = await Web.Store.ProductAsync("MUG-01");
        var batch = await Web.Store.PackingBatchAsync(await Web.Store.OrderAsync((mug, 2)), await Web.Store.OrderAsync((mug, 1)));
        var page = Page;

        await page.GotoAsync($"Admin/PackingPrint/PickList/{batch.Batch.Id}");
        Assert.That(await page.EvaluateAsync<bool>(PageSizeScript), Is.True, "packing-print.css is loaded: @page { size: A4 }");
        Assert.That(await StyleAsync(page, "body", "font-family"), Does.Contain("Arial"));
        Assert.That(await StyleAsync(page, "#pick-list td", "border-top-style"), Is.EqualTo("solid"));
        Assert.That(await StyleAsync(page, "#pick-list", "border-collapse"), Is.EqualTo("collapse"));

        await page.GotoAsync($"Admin/PackingPrint/Slips/{batch.Batch.Id}");
        await page.WaitForSelectorAsync("svg.order-barcode[data-rendered='true']", new() { Timeout = 30_000 });
        Assert.That(await page.EvaluateAsync<bool>(PageSizeScript), Is.True);
        Assert.That(await StyleAsync(page, ".slip-header", "border-bottom-style"), Is.EqualTo("solid"));
        Assert.That(await page.Locator("svg.order-barcode[data-rendered='true']").CountAsync(), Is.EqualTo(2), "one barcode per order");
        Assert.That(await page.Locator("svg.order-barcode").First.Locator("rect").CountAsync(), Is.GreaterThan(10), "JsBarcode drew the Code 128 bars");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.That(await StyleAsync(page, ".print-toolbar", "display"), Is.EqualTo("none"), "the toolbar does not print");
        Assert.That(Browser.Console.Where(line => line.StartsWith("pageerror", StringComparison.Ordinal) || line.Contains("/Plugins/")), Is.Empty,
            "no script error, no missing file");
    }
}
