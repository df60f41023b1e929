using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Web;

/// <summary>
/// The queue in headless chromium on nopCommerce's admin grid as the stand-in builds it: a bare table that
/// DataTables 2.3.4 builds on page ready, pages loaded by POST, the master checkbox found by its class in the header
/// table DataTables draws apart, and nopCommerce's own selection (selectedIds) emptied before every load. The queue
/// keeps its selection across pages, counts what the master checkbox ticks, and posts every chosen order.
/// 25 ready orders shown 20 a page: page 1 has 20 rows, page 2 has 5.
/// </summary>
[NonParallelizable]
public class PackingQueueGridBrowserTests : BrowserTest<PackingWebHost>
{
    private const string GridName = "packing-queue-grid";
    private const int OrderCount = 25;
    private const int PageLength = 20;

    private AdminGrid _grid;
    private readonly List<string> _gridPosts = new();

    protected override Task<PackingWebHost> StartSiteAsync() => PackingWebHost.StartAsync();

    [SetUp]
    public async Task SeedAsync()
    {
        _grid = new AdminGrid(Page, GridName);
        _gridPosts.Clear();
        Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/Packing/QueueList", StringComparison.OrdinalIgnoreCase))
                _gridPosts.Add(request.Method + " " + request.PostData);
        };
        var mug = await Store.ProductAsync("MUG-01");
        for (var i = 0; i < OrderCount; i++)
            await Store.OrderAsync((mug, 1));
    }

    private PackingScenario Store => Web.Store;

    private async Task<IResponse> OpenQueueAsync()
    {
        var response = await Page.GotoAsync("Admin/Packing/Index");
        await _grid.WaitForLoadAsync(OrderCount);
        await _grid.SetPageLengthAsync(PageLength);
        return response;
    }

    private Task<string> CountAsync() => Page.Locator("#packing-selected-count").InnerTextAsync();

    [Test]
    public async Task The_queue_grid_is_a_bare_table_that_DataTables_builds_and_pages_by_POST_with_the_antiforgery_token()
    {
        var response = await OpenQueueAsync();

        var served = Regex.Match(await response!.TextAsync(), $"<table[^>]*id=\"{GridName}\"[^>]*>(.*?)</table>", RegexOptions.Singleline);
        Assert.That(served.Success, Is.True, "the page has the grid's table");
        Assert.That(served.Groups[1].Value.Trim(), Is.Empty, "served without header or rows, as nopCommerce's partial");
        Assert.That(await Page.EvaluateAsync<string>("() => jQuery.fn.dataTable.version"), Is.EqualTo("2.3.4"), "nopCommerce 4.90.3's DataTables");
        Assert.That(Browser.Dialogs, Is.Empty, "DataTables reported no error");

        Assert.That(await _grid.MasterCheckBox.CountAsync(), Is.EqualTo(1), "the master checkbox is in the header DataTables draws apart");
        Assert.That(await _grid.MasterCheckBox.IsVisibleAsync(), Is.True);
        Assert.That(await Page.Locator("#mastercheckbox").CountAsync(), Is.Zero, "no element has the id mastercheckbox");
        Assert.That(await _grid.Rows.CountAsync(), Is.EqualTo(PageLength));
        var first = _grid.RowBoxes.First;
        Assert.That(await first.GetAttributeAsync("class"), Is.EqualTo("checkboxGroups"));
        Assert.That(await first.GetAttributeAsync("name"), Is.EqualTo("SelectedOrderIds"));
        Assert.That(await first.IsCheckedAsync(), Is.False, "an id column is never ticked by the grid itself");

        await _grid.GoToPageAsync(2);
        Assert.That(await _grid.Rows.CountAsync(), Is.EqualTo(OrderCount - PageLength));
        Assert.That(_gridPosts, Has.Count.EqualTo(3), "first page of 50, first page of 20, second page");
        Assert.That(_gridPosts, Has.All.StartsWith("POST ").And.All.Contains("__RequestVerificationToken=").And.All.Contains("ProductId="));
        Assert.That(_gridPosts[0], Does.Contain("start=0").And.Contain("length=50"));
        Assert.That(_gridPosts[2], Does.Contain("start=20").And.Contain("length=20"));
    }

    [Test]
    public async Task NopCommerce_s_own_selection_is_emptied_before_every_load_as_in_4_90_3()
    {
        await OpenQueueAsync();
        var shown = await _grid.ShownAsync();
        await _grid.RowBox(shown[0]).CheckAsync();
        Assert.That(await Page.EvaluateAsync<string[]>("() => selectedIds"), Is.EqualTo(new[] { shown[0].ToString() }));

        await _grid.GoToPageAsync(2);

        Assert.That(await Page.EvaluateAsync<string[]>("() => selectedIds"), Is.Empty, "nopCommerce forgets its selection on a page change");
        Assert.That(await CountAsync(), Is.EqualTo("1"), "the queue does not");
    }

    [Test]
    public async Task Two_ticked_on_page_1_and_one_on_page_2_make_a_batch_of_the_three()
    {
        await OpenQueueAsync();
        var page1 = await _grid.ShownAsync();
        await _grid.RowBox(page1[0]).CheckAsync();
        await _grid.RowBox(page1[3]).CheckAsync();
        Assert.That(await CountAsync(), Is.EqualTo("2"));

        await _grid.GoToPageAsync(2);
        Assert.That(await CountAsync(), Is.EqualTo("2"), "page 2 keeps the ticks of page 1");
        var page2 = await _grid.ShownAsync();
        Assert.That(page2.Intersect(page1), Is.Empty, "another page");
        await _grid.RowBox(page2[1]).CheckAsync();
        Assert.That(await CountAsync(), Is.EqualTo("3"));
        Assert.That(await Page.Locator("#packing-create-selected").InnerTextAsync(), Does.Contain("(3)"));

        await _grid.GoToPageAsync(1);
        Assert.That(await _grid.TickedAsync(), Is.EquivalentTo(new[] { page1[0], page1[3] }), "back on page 1, its ticks show");
        Assert.That(await CountAsync(), Is.EqualTo("3"));

        await Page.Locator("#packing-create-selected").ClickAsync();
        await Page.WaitForURLAsync("**/Admin/PackingBatch/Edit/*");
        var batchId = int.Parse(Page.Url.Split('/').Last().Split('?')[0]);
        var inBatch = await Web.Database.Repository<PackingBatchOrder>().GetAllAsync(query => query.Where(o => o.BatchId == batchId));
        Assert.That(inBatch.Select(o => o.OrderId), Is.EquivalentTo(new[] { page1[0], page1[3], page2[1] }));
        Assert.That(await Page.Locator("tr[data-batch-order-id]").CountAsync(), Is.EqualTo(3));
    }

    [Test]
    public async Task The_master_checkbox_adds_the_rows_of_its_page_to_the_count_and_unticking_it_takes_them_away()
    {
        await OpenQueueAsync();
        var page1 = await _grid.ShownAsync();
        await _grid.RowBox(page1[5]).CheckAsync();
        await _grid.GoToPageAsync(2);
        Assert.That(await _grid.MasterCheckBox.IsCheckedAsync(), Is.False);

        await _grid.MasterCheckBox.CheckAsync();
        Assert.That(await _grid.TickedAsync(), Has.Length.EqualTo(OrderCount - PageLength), "the master checkbox ticks the page's rows");
        Assert.That(await CountAsync(), Is.EqualTo((1 + OrderCount - PageLength).ToString()), "and the count adds them");

        await _grid.GoToPageAsync(1);
        Assert.That(await _grid.TickedAsync(), Is.EqualTo(new[] { page1[5] }));
        Assert.That(await _grid.MasterCheckBox.IsCheckedAsync(), Is.False, "page 1 is not all chosen");
        await _grid.GoToPageAsync(2);
        Assert.That(await _grid.TickedAsync(), Has.Length.EqualTo(OrderCount - PageLength), "page 2 comes back all ticked");
        Assert.That(await _grid.MasterCheckBox.IsCheckedAsync(), Is.True, "with its master checkbox");

        await _grid.MasterCheckBox.UncheckAsync();
        Assert.That(await _grid.TickedAsync(), Is.Empty);
        Assert.That(await CountAsync(), Is.EqualTo("1"), "unticking the master checkbox takes the page's rows away");

        await _grid.GoToPageAsync(1);
        await _grid.MasterCheckBox.CheckAsync();
        Assert.That(await CountAsync(), Is.EqualTo(PageLength.ToString()), "page 1's master adds the 19 others to the one already ticked");

        await Page.Locator("#search-packing-queue").ClickAsync();
        await _grid.WaitForLoadAsync(OrderCount);
        Assert.That(await CountAsync(), Is.EqualTo("0"), "a new search starts a new selection");
        Assert.That(await Page.Locator("#packing-create-selected").IsDisabledAsync(), Is.True);
    }
}
