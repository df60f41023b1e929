using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Seo;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using Nop.Services.Helpers;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>
/// The shoot list as an admin's browser gets it (plugin test host over a SQLite store with the planner installed):
/// permissions, the page's encoding, paging, and the CSV (byte order mark, quoting, formula-injection guard).
/// </summary>
public class PlannerShootListPageTests
{
    private const string ListUrl = "Admin/PlannerShootList/List";
    private const string CsvUrl = "Admin/PlannerShootList/Csv";

    private TestDatabase _database;
    private PlannerScenario _store;
    private PluginTestHost _host;
    private HttpClient _client;

    [SetUp]
    public async Task StartAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite);
        _store = await PlannerScenario.CreateAsync(_database);
        _host = await PluginTestHost.StartAsync(services =>
        {
            services.AddSingleton(_database.DataProvider);
            services.AddSingleton<IStaticCacheManager>(_database.CacheManager);
            services.AddSingleton(typeof(IRepository<>), typeof(DatabaseRepository<>));
            services.AddSingleton(_database);
            services.AddSingleton<IDateTimeHelper, UtcDateTimeHelper>();
            services.AddSingleton<TimeProvider>(_store.Clock);
        });
        _client = _host.CreateClient();
        _host.WorkContext.CurrentCustomer = _store.Alice;
    }

    [TearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Test]
    public async Task The_page_lists_products_without_pictures_with_views_file_names_and_their_edit_page_and_encodes_names()
    {
        var script = await _store.ProductAsync("SVG-1", p => p.Name = "<svg/onload=alert(1)>");
        var mug = await _store.ProductAsync("MUG-1", p => p.Name = "Blue mug");
        var pictured = await _store.ProductAsync("PIC-1", p => p.Name = "Pictured");
        await _database.Repository<ProductPicture>().InsertAsync(new ProductPicture { ProductId = pictured.Id, PictureId = 7 });
        await _database.Repository<UrlRecord>().InsertAsync(new UrlRecord { EntityId = mug.Id, EntityName = nameof(Product), Slug = "blue-mug", IsActive = true });
        Allow(MerchantOpsDefaults.Permissions.Planner, StandardPermission.Catalog.PRODUCTS_VIEW);

        var html = await GetPageAsync(ListUrl);

        Assert.That(html, Does.Match("data-menu-system-name=\"MerchantOps.Planner\">\\s*<a [^>]*class=\"nav-link active\""), "the Planner menu item is the active one");
        Assert.That(html, Does.Not.Contain("<svg/onload=alert(1)>"));
        Assert.That(html, Does.Contain("&lt;svg/onload=alert(1)&gt;"));
        Assert.That(html, Does.Contain("blue-mug-1.jpg").And.Contain("blue-mug-3.jpg").And.Contain("svg-1-2.jpg"));
        Assert.That(html, Does.Contain($"href=\"/Admin/Product/Edit/{mug.Id}\""));
        Assert.That(html, Does.Not.Contain("Pictured"));
        Assert.That(html, Does.Contain("Products to photograph: 2").And.Contain("front, back, detail"));
        Assert.That(html, Does.Contain("href=\"/Admin/PlannerShootList/Csv\""));
        _ = script;
    }

    [Test]
    public async Task Without_the_planner_or_the_product_view_permission_the_page_and_the_csv_are_refused()
    {
        await _store.ProductAsync("MUG-1");
        foreach (var granted in new[] { MerchantOpsDefaults.Permissions.Planner, StandardPermission.Catalog.PRODUCTS_VIEW })
        {
            Allow(granted);
            foreach (var url in new[] { ListUrl, CsvUrl })
            {
                using var response = await _client.GetAsync(url);
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"{url} with only {granted}");
                Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"), url);
            }
        }
    }

    [Test]
    public async Task The_csv_is_utf8_with_bom_quoted_and_cells_that_start_a_formula_are_made_text()
    {
        await _store.ProductAsync("=HYPERLINK(\"http://evil\")", p => p.Name = "Mug, \"large\"");
        await _store.ProductAsync("+33-SKU", p => p.Name = "@SUM(A1)");
        await _store.ProductAsync("TEA-1", p => p.Name = "-2 tea\nbox");
        await _store.ProductAsync("CAFE-1", p => p.Name = "Café crème");
        Allow(MerchantOpsDefaults.Permissions.Planner, StandardPermission.Catalog.PRODUCTS_VIEW);

        using var response = await _client.GetAsync(CsvUrl);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = new UTF8Encoding(false).GetString(bytes);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.ToString(), Does.StartWith("text/csv"));
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "byte order mark");
        var lines = text.TrimStart('\uFEFF');
        Assert.That(lines, Does.StartWith("Id,Product,SKU,Views wanted,File names,Destination"));
        Assert.That(lines, Does.Contain("\"'@SUM(A1)\",\"'+33-SKU\""));
        Assert.That(lines, Does.Contain("\"Mug, \"\"large\"\"\",\"'=HYPERLINK(\"\"http://evil\"\")\""));
        Assert.That(lines, Does.Contain("\"'-2 tea\nbox\""));
        Assert.That(lines, Does.Contain("Café crème"));
        Assert.That(lines, Does.Contain("\"front, back, detail\",cafe-1-1.jpg cafe-1-2.jpg cafe-1-3.jpg,"));
        Assert.That(lines, Does.Match(@"/Admin/Product/Edit/\d+"));
        Assert.That(lines.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.TrimEnd('\r')).Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^(\d|""\d)")).Count(),
            Is.EqualTo(4), "one record per product (the multi-line name is one quoted record)");
    }

    [Test]
    public async Task The_list_pages_by_fifty_and_a_page_past_the_end_shows_the_last()
    {
        for (var i = 0; i < 51; i++)
            await _store.ProductAsync($"P-{i:000}", p => p.Name = $"Product {i:000}");
        Allow(MerchantOpsDefaults.Permissions.Planner, StandardPermission.Catalog.PRODUCTS_VIEW);

        var first = await GetPageAsync(ListUrl);
        var last = await GetPageAsync(ListUrl + "?page=9");

        Assert.That(first, Does.Contain("Product 049").And.Not.Contain("Product 050").And.Contain("Page 1 of 2"));
        Assert.That(first, Does.Contain("page=2"));
        Assert.That(last, Does.Contain("Product 050").And.Not.Contain("Product 049").And.Contain("Page 2 of 2"));
    }

    private void Allow(params string[] permissions) =>
        _host.Permissions.DenyAll().Grant(new[] { StandardPermission.Security.ACCESS_ADMIN_PANEL }.Concat(permissions).ToArray());

    private async Task<string> GetPageAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {url}\n{string.Join("\n", _host.UnhandledExceptions)}\n{html}");
        return html;
    }
}
