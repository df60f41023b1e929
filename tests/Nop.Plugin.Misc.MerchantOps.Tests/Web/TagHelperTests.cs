using System.Net;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>The stand-in's admin tag helpers and partials render the kind of HTML nopCommerce's do.</summary>
[TestFixture]
public class TagHelperTests
{
    private PluginTestHost _host;
    private HttpClient _client;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _host = await PluginTestHost.StartAsync();
        _host.Localization.Seed("Tests.Probe.Name", "Probe name");
        _host.Localization.Seed("Tests.Probe.Name.Hint", "What the probe is called");
        _host.Stores.AddStore("Second store");
        _client = _host.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<string> GetAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{string.Join("\n", _host.UnhandledExceptions)}\n{html}");
        return html;
    }

    private static string Element(string html, string id) =>
        Regex.Match(html, $"<div id=\"{id}\">[\\s\\S]*?</div>\\s*(?=<div|</nop|<nop|<span)").Value;

    [Test]
    public async Task The_probe_page_renders_every_tag_helper()
    {
        var html = await GetAsync("Admin/TagHelperProbe/Index?scope=1");

        //_ConfigurePlugin inside _AdminLayout, with the store scope selector (two stores)
        Assert.That(html, Does.Contain("class=\"content-header clearfix\"").And.Contain("store-scope-configuration"));

        //nop-card: card markup inside the nop-card element, title shown because asp-icon is given
        Assert.That(html, Does.Match("<nop-card>\\s*<div class=\"card card-secondary card-outline advanced-setting\"[^>]*data-card-name=\"probe-card\""));
        Assert.That(html, Does.Contain("<div class=\"card-title\"><i class=\"fas fa-box\"></i>Probe card</div>"));
        Assert.That(html, Does.Contain("<nop-cards id=\"probe-cards\">"));

        //nop-tabs / nop-tab
        Assert.That(html, Does.Contain("<ul class=\"nav nav-tabs\" id=\"custom-content-above-tab\" role=\"tablist\">"));
        Assert.That(html, Does.Match("<a [^>]*class=\"nav-link active\" data-tab-name=\"tab-general\""));
        Assert.That(html, Does.Contain("<input id=\"selected-tab-name\" name=\"selected-tab-name\" type=\"hidden\" value=\"\" />"));

        //nop-label with resource text and hint, nop-editor with required wrapper and form-control
        Assert.That(html, Does.Match("<div class=\"label-wrapper\"><label class=\"col-form-label\" for=\"Name\">Probe name</label><div title='What the probe is called' data-toggle='tooltip' class='ico-help'>"));
        Assert.That(html, Does.Match("<div class='input-group input-group-required'><input class=\"form-control text-box single-line\"[^>]*name=\"Name\"[^>]*value=\"Probe &lt;name&gt;\""));
        Assert.That(html, Does.Contain("<label class=\"col-form-label\" for=\"BatchSize\">tests.probe.batchsize</label>"), "a missing resource shows its lowercased key");
        //nopCommerce's Int32 template is <input asp-for type="number">, processed by ASP.NET Core's and nopCommerce's input tag helpers
        Assert.That(html, Does.Match("<input type=\"number\" type=\"number\" class=\"form-control\"[^>]*name=\"BatchSize\" value=\"25\""));
        Assert.That(html, Does.Match("<div class=\"input-postfix\" data-postfix=\"EUR\">"));
        Assert.That(html, Does.Contain("<input checked=\"checked\" class=\"check-box\" data-val=\"true\"").And.Contain("name=\"Enabled\" type=\"checkbox\" value=\"true\""));
        Assert.That(html, Does.Match("type=\"datetime-local\"[^>]*name=\"StartsOnUtc\""));

        //nop-override-store-checkbox (a store is chosen), nop-nested-setting, nop-textarea, nop-select
        Assert.That(html, Does.Match("<input class=\"multi-store-override-option\" data-for-input-selector=\"#Name\"[^>]*name=\"Name_OverrideForStore\""));
        Assert.That(html, Does.Match("<div id=\"nested-enabled\" class=\"nested-setting\"><script>\\$\\(function\\(\\) \\{initNestedSetting\\('Enabled'"));
        Assert.That(html, Does.Match("<textarea class=\"form-control\" rows=\"4\" cols=\"20\" id=\"Notes\" name=\"Notes\">"));
        Assert.That(html, Does.Match("<select class=\"form-control select2\"[^>]* id=\"WarehouseId\" name=\"WarehouseId\">"));
        Assert.That(html, Does.Contain("<option selected=\"selected\" value=\"2\">Annex</option>"));
        Assert.That(html, Does.Match("<select class=\"form-control select2\" id=\"WarehouseIds\" multiple=\"multiple\" name=\"WarehouseIds\">"));

        //nop-required, nop-doc-reference, confirmations and alert, grid
        Assert.That(html, Does.Contain("<span id=\"required-mark\"><span class=\"required\">*</span></span>"));
        Assert.That(html, Does.Contain("<div class=\"documentation-reference\"><span>See the guide</span></div>"));
        Assert.That(html, Does.Contain("id=\"probe-save-action-confirmation\" class=\"modal fade\""));
        Assert.That(html, Does.Contain("id=\"taghelperprobemodel-Delete-delete-confirmation\""));
        Assert.That(html, Does.Contain("<form method=\"post\" action=\"/Admin/TagHelperProbe/Delete/7\">"));
        Assert.That(html, Does.Contain("id=\"probe-alert-action-alert\"").And.Contain("Something to know"));
        Assert.That(html, Does.Match("<table class=\"table table-bordered table-hover table-striped dataTable\" width=\"100%\" id=\"probe-grid\""));
        //the grid's settings, for the footer script that builds it with DataTables on page ready
        Assert.That(html, Does.Contain("standIn.dataTable({\"name\":\"probe-grid\",\"urlRead\":\"/Admin/TagHelperProbe/List\""));
        Assert.That(html, Does.Contain("\"kind\":\"edit\",\"url\":\"/Admin/TagHelperProbe/Edit/\""));
    }

    [Test]
    public async Task Store_override_checkboxes_are_left_out_for_all_stores()
    {
        var html = await GetAsync("Admin/TagHelperProbe/Index?scope=0");

        Assert.That(html, Does.Not.Contain("multi-store-override-option\""));
    }
}
