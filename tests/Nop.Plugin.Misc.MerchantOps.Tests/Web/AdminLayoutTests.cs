using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Nop.Services.Events;
using Nop.Services.Security;
using Nop.Web.Framework.Events;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>The host serves an admin page with the stand-in layout, menu, permissions, antiforgery and notifications.</summary>
[TestFixture]
public class AdminLayoutTests
{
    private PluginTestHost _host;
    private HttpClient _client;

    [SetUp]
    public async Task StartHost()
    {
        _host = await PluginTestHost.StartAsync(services => services.AddScoped<IConsumer<AdminMenuCreatedEvent>, TestMenuConsumer>());
        _client = _host.CreateClient();
    }

    [TearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<string> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), $"GET {url}\n{string.Join("\n", _host.UnhandledExceptions)}\n{html}");
        return html;
    }

    private static string MenuItem(string html, string systemName) =>
        Regex.Match(html, $"<li[^>]*data-menu-system-name=\"{Regex.Escape(systemName)}\"[^>]*>[\\s\\S]*?</a>").Value;

    [Test]
    public async Task An_admin_page_renders_in_the_admin_layout()
    {
        var html = await GetPageAsync("Admin/LayoutProbe/Index");

        Assert.That(html, Does.Contain("<title>Layout probe / Store administration</title>"));
        Assert.That(html, Does.Contain("id=\"probe-title\""));
        Assert.That(html, Does.Contain("class=\"nav nav-sidebar\""));
        Assert.That(html, Does.Contain("Test store"));
        Assert.That(html, Does.Contain("name=\"__RequestVerificationToken\""));
        Assert.That(html.IndexOf("window.probeFooterScriptRan", StringComparison.Ordinal),
            Is.GreaterThan(html.IndexOf("main-footer", StringComparison.Ordinal)), "asp-location=\"Footer\" scripts are written at the end of the page");
        Assert.That(_host.Events.OfType<PageRenderingEvent>(), Is.Not.Empty);
        Assert.That(_host.Events.ConsumerErrors, Is.Empty);
    }

    [Test]
    public async Task A_menu_node_added_by_a_consumer_shows_only_with_its_permission()
    {
        var permissions = _host.Permissions.DenyAll().Grant(StandardPermission.Security.ACCESS_ADMIN_PANEL, TestPermissionNames.Probe);

        var html = await GetPageAsync("Admin/LayoutProbe/Index");
        Assert.That(MenuItem(html, "Tests"), Is.Empty, "no permission for any of its items: the node is hidden");
        Assert.That(MenuItem(html, "Sales"), Is.Empty, "stock nodes are filtered the same way");

        permissions.Grant(TestPermissionNames.MenuNode);
        html = await GetPageAsync("Admin/LayoutProbe/Index");
        Assert.That(MenuItem(html, "Tests"), Is.Not.Empty);
        Assert.That(MenuItem(html, "Tests.Probe"), Does.Contain("href=\"/Admin/LayoutProbe\"").And.Contain("nav-link active"));
        Assert.That(MenuItem(html, "Tests.Both"), Is.Empty, "a leaf needs ALL its permissions");
        Assert.That(MenuItem(html, "Tests.NoUrl"), Is.Empty, "a leaf without URL is hidden");

        permissions.Grant(TestPermissionNames.MenuNodeSecond);
        html = await GetPageAsync("Admin/LayoutProbe/Index");
        Assert.That(MenuItem(html, "Tests.Both"), Is.Not.Empty);
    }

    [Test]
    public async Task The_menu_keeps_the_stock_nodes_and_puts_the_added_node_after_sales_for_a_full_administrator()
    {
        var html = await GetPageAsync("Admin/LayoutProbe/Index");

        var order = Regex.Matches(html, "data-menu-system-name=\"([^\"]+)\"").Select(match => match.Groups[1].Value).ToList();
        Assert.That(order, Is.SupersetOf(new[] { "Dashboard", "Catalog", "Sales", "Orders", "Customers", "Promotions", "Content Management", "Configuration", "System", "Reports", "Help" }));
        Assert.That(order.IndexOf("Tests"), Is.GreaterThan(order.IndexOf("Current shopping carts and wishlists")));
        Assert.That(order.IndexOf("Tests"), Is.LessThan(order.IndexOf("Customers")));
        Assert.That(order, Does.Not.Contain("Third party plugins"), "an empty node without URL is hidden");
    }

    [Test]
    public async Task A_refused_permission_redirects_to_access_denied_and_no_admin_access_challenges()
    {
        _host.Permissions.DenyAll().Grant(StandardPermission.Security.ACCESS_ADMIN_PANEL);

        using (var response = await _client.GetAsync("Admin/LayoutProbe/Index"))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location!.OriginalString, Does.StartWith("/Admin/Security/AccessDenied?pageUrl=%2FAdmin%2FLayoutProbe%2FIndex"));
            var denied = await GetPageAsync(response.Headers.Location.OriginalString.TrimStart('/'));
            Assert.That(denied, Does.Contain("You are not allowed to do this."));
        }

        using (var ajax = new HttpRequestMessage(HttpMethod.Post, "Admin/LayoutProbe/Save"))
        {
            var token = await _host.GetAntiforgeryTokenAsync(_client, "Admin/Security/AccessDenied");
            ajax.Headers.Add("X-Requested-With", "XMLHttpRequest");
            ajax.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["text"] = "x" });
            using var response = await _client.SendAsync(ajax);
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"error\":\"You are not allowed to do this.\"}"));
        }

        _host.Permissions.DenyAll();
        using (var response = await _client.GetAsync("Admin/LayoutProbe/Index"))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location!.AbsolutePath, Is.EqualTo("/login"));
        }
    }

    [Test]
    public async Task A_post_needs_the_antiforgery_token_and_its_notification_shows_after_the_redirect()
    {
        using (var withoutToken = await _client.PostAsync("Admin/LayoutProbe/Save", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "x" })))
            Assert.That(withoutToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));

        var token = await _host.GetAntiforgeryTokenAsync(_client, "Admin/LayoutProbe/Index");
        using var response = await _client.PostAsync("Admin/LayoutProbe/Save",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["text"] = "  <b>packing</b>  " }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/Admin/LayoutProbe"));

        var html = await GetPageAsync("Admin/LayoutProbe");
        Assert.That(html, Does.Contain("Saved: &lt;b&gt;packing&lt;/b&gt;</div>").Or.Match("Saved: &lt;b&gt;packing&lt;/b&gt;\\s*</div>"),
            "posted strings are trimmed (nopCommerce's StringModelBinder) and notifications HTML-encoded by default");
        Assert.That(await GetPageAsync("Admin/LayoutProbe"), Does.Not.Contain("Saved:"), "a notification is shown once");
    }

    [Test]
    public async Task Texts_follow_the_working_language()
    {
        _host.WorkContext.UseFrench();

        var html = await GetPageAsync("Admin/LayoutProbe/Index");

        Assert.That(html, Does.Contain("<title>Layout probe / Administration de la boutique</title>"));
        Assert.That(html, Does.Contain("lang=\"fr\""));
    }

    [Test]
    public async Task The_layout_scripts_and_the_plugin_folder_files_are_served_like_in_a_store()
    {
        foreach (var url in new[] { "lib_npm/jquery/jquery.min.js", "js/admin.standin.js", "css/admin.standin.css", $"Plugins/{MerchantOpsDefaults.SystemName}/logo.png" })
        {
            using var response = await _client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        }

        using var assembly = await _client.GetAsync($"Plugins/{MerchantOpsDefaults.SystemName}/Nop.Plugin.Misc.MerchantOps.dll");
        Assert.That(assembly.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "files of unknown types are not served");
    }

    [Test]
    public async Task A_plugin_configure_page_gets_the_plugin_friendly_name_from_configure_plugin_layout()
    {
        //the address nopCommerce's plugin list links to: a renamed controller or action fails here, it is not skipped
        using var scope = _host.Services.CreateScope();
        var plugin = ActivatorUtilities.CreateInstance<MerchantOpsPlugin>(scope.ServiceProvider);
        var configureUrl = plugin.GetConfigurationPageUrl();
        var html = await GetPageAsync(new Uri(configureUrl).PathAndQuery.TrimStart('/'));

        //_ConfigurePlugin always sets the title to "<configure text> - <FriendlyName of plugin.json>"
        Assert.That(html, Does.Match("<title>[^<]* - Merchant Ops / Store administration</title>"));
        Assert.That(html, Does.Contain("class=\"content-header clearfix\""));
    }
}
