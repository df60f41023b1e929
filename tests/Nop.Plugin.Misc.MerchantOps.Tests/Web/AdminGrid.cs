using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>
/// An admin grid in a browser page, as the "Table" partial builds it with DataTables (nopCommerce's and the
/// stand-in's): the rows are in the table named by the model (<c>#name tbody</c>), the header with the master
/// checkbox in <c>#name_wrapper .dt-scroll-head</c>, the paging buttons and the page-length list under it. The waits
/// read DataTables' own state: a load is over when the last answer's "draw" is the last request's.
/// </summary>
public sealed class AdminGrid
{
    private readonly IPage _page;

    public AdminGrid(IPage page, string name)
    {
        _page = page;
        Name = name;
    }

    public string Name { get; }

    public ILocator Rows => _page.Locator($"#{Name} tbody tr");

    public ILocator RowBoxes => _page.Locator($"#{Name} tbody input.checkboxGroups");

    public ILocator MasterCheckBox => _page.Locator($"#{Name}_wrapper .dt-scroll-head input.mastercheckbox");

    public ILocator RowBox(int value) => _page.Locator($"#{Name} tbody input.checkboxGroups[value='{value}']");

    /// <summary>Waits until the grid is built and its last request answered and drawn (with that many rows in all).</summary>
    public async Task WaitForLoadAsync(int? recordsTotal = null)
    {
        await _page.WaitForFunctionAsync(@"([name, total]) => {
            const $ = window.jQuery;
            if (!$ || !$.fn.dataTable || !$.fn.dataTable.isDataTable('#' + name))
                return false;
            const table = $('#' + name).DataTable();
            const json = table.ajax.json();
            return !!json && Number(json.draw) === table.settings()[0].iDraw && (total === null || json.recordsTotal === total);
        }", new object[] { Name, recordsTotal });
    }

    /// <summary>The page shown, from 1.</summary>
    public Task<int> PageNumberAsync() => _page.EvaluateAsync<int>("name => jQuery('#' + name).DataTable().page.info().page + 1", Name);

    /// <summary>Clicks the paging button of that page, as a user does, and waits for its rows.</summary>
    public async Task GoToPageAsync(int number)
    {
        await _page.Locator($"#{Name}_wrapper .dt-paging-button").Filter(new() { HasTextRegex = new Regex($"^{number}$") }).ClickAsync();
        await _page.WaitForFunctionAsync("([name, page]) => jQuery('#' + name).DataTable().page.info().page === page", new object[] { Name, number - 1 });
        await WaitForLoadAsync();
    }

    /// <summary>Chooses a page length in the grid's list, as a user does, and waits for the first page.</summary>
    public async Task SetPageLengthAsync(int length)
    {
        await _page.Locator($"#{Name}_wrapper .dt-length select").SelectOptionAsync(length.ToString());
        await _page.WaitForFunctionAsync("([name, length]) => jQuery('#' + name).DataTable().page.info().length === length", new object[] { Name, length });
        await WaitForLoadAsync();
    }

    /// <summary>The values of the ticked row checkboxes of the page shown.</summary>
    public Task<int[]> TickedAsync() =>
        _page.EvaluateAsync<int[]>("name => Array.from(document.querySelectorAll('#' + name + ' tbody input.checkboxGroups:checked')).map(box => Number(box.value))", Name);

    /// <summary>The values of all row checkboxes of the page shown.</summary>
    public Task<int[]> ShownAsync() =>
        _page.EvaluateAsync<int[]>("name => Array.from(document.querySelectorAll('#' + name + ' tbody input.checkboxGroups')).map(box => Number(box.value))", Name);
}
