using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

public class AssetProbeController : Controller
{
    [HttpGet]
    public IActionResult Index() => View("~/TestViews/AssetProbe.cshtml");
}

/// <summary>
/// nopCommerce's link and script tag helpers, as every plugin view that imports Nop.Web.Framework's tag helpers
/// gets them: a stylesheet link is taken out of the page into NopHtml's CSS list, and so is a script without
/// asp-location while JavaScript bundling is on (a new store's setting); only a layout, or a page that calls
/// NopHtml.GenerateCssFiles / GenerateScripts / GenerateInlineScripts itself, writes them back.
/// </summary>
public class AssetTagHelperTests
{
    private static async Task<string> GetAsync(PluginTestHost host, string url, bool ajax = false)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ajax)
            request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{string.Join("\n", host.UnhandledExceptions)}\n{html}");
        return html;
    }

    private static string[] Stylesheets(string html) =>
        Regex.Matches(html, "<link[^>]*rel=\"stylesheet\"[^>]*>").Select(link => Regex.Match(link.Value, "href=\"([^\"]*)\"").Groups[1].Value).ToArray();

    private static string[] ScriptFiles(string html) =>
        Regex.Matches(html, "<script[^>]*src=\"([^\"]*)\"").Select(script => script.Groups[1].Value).ToArray();

    [Test]
    public async Task Without_a_layout_a_page_loses_its_stylesheet_and_scripts_unless_it_writes_them()
    {
        await using var host = await PluginTestHost.StartAsync();

        var bare = await GetAsync(host, "AssetProbe/Index");
        var writing = await GetAsync(host, "AssetProbe/Index?write=true");

        Assert.That(Stylesheets(bare), Is.EqualTo(new[] { "/css/kept.css" }), "only Razor's opt-out <!link> stays");
        Assert.That(ScriptFiles(bare), Is.Empty);
        Assert.That(bare, Does.Not.Contain("window.probeInline"));
        Assert.That(bare, Does.Contain("<link href=\"/favicon.ico\" rel=\"icon\" />"), "other links are left alone");
        Assert.That(bare, Does.Contain("id=\"probe-template\""), "scripts of another type are left alone");

        Assert.That(Stylesheets(writing), Is.EqualTo(new[] { "/css/kept.css", "/css/probe.css" }));
        Assert.That(ScriptFiles(writing), Is.EqualTo(new[] { "/js/probe.js" }));
        Assert.That(writing.IndexOf("window.probeInline", StringComparison.Ordinal), Is.GreaterThan(writing.IndexOf("/js/probe.js", StringComparison.Ordinal)),
            "inline footer scripts come after the footer files");
    }

    [Test]
    public async Task With_bundling_off_scripts_stay_in_place_but_the_stylesheet_is_still_taken()
    {
        await using var host = await PluginTestHost.StartAsync(PluginTestHost.WithoutBundling);

        var bare = await GetAsync(host, "AssetProbe/Index");
        var writing = await GetAsync(host, "AssetProbe/Index?write=true");

        Assert.That(ScriptFiles(bare), Is.EqualTo(new[] { "/js/probe.js" }));
        Assert.That(bare, Does.Contain("<script>window.probeInline = true;</script>"));
        Assert.That(Stylesheets(bare), Is.EqualTo(new[] { "/css/kept.css" }));
        Assert.That(ScriptFiles(writing), Is.EqualTo(new[] { "/js/probe.js" }), "written once, not twice");
        Assert.That(Stylesheets(writing), Is.EqualTo(new[] { "/css/kept.css", "/css/probe.css" }));
    }

    [Test]
    public async Task An_AJAX_answer_keeps_its_inline_scripts_in_place_but_a_script_file_loses_its_src()
    {
        await using var host = await PluginTestHost.StartAsync();

        var html = await GetAsync(host, "AssetProbe/Index", ajax: true);

        //nopCommerce's script tag helper stops at once for AJAX requests: src, bound to the tag helper, is not written
        Assert.That(html, Does.Contain("<script>window.probeInline = true;</script>"));
        Assert.That(ScriptFiles(html), Is.Empty);
        Assert.That(html, Does.Contain("<script></script>"));
        Assert.That(Stylesheets(html), Is.EqualTo(new[] { "/css/kept.css" }));
    }
}
