using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Web.Areas.Admin.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>
/// An admin page loading Content/merchantops.js (view in Web/TestViews), and a POST that answers the list it bound.
/// The POST validates antiforgery as every admin controller does (BaseAdminController).
/// </summary>
public class ScriptProbeController : BaseAdminController
{
    [HttpGet]
    [CheckPermission(TestPermissionNames.Probe)]
    public IActionResult Index() => View("~/TestViews/ScriptProbe.cshtml");

    /// <summary>An int[] as the plugin binds ticked ids (a List&lt;int&gt; keeps only the first value in nopCommerce).</summary>
    [HttpPost]
    [CheckPermission(TestPermissionNames.Probe)]
    public IActionResult Ids(int[] ids) => Json(ids);
}

/// <summary>
/// The plugin's one AJAX helper (window.MerchantOps in Content/merchantops.js, used by packing.js and replies.js) in
/// headless chromium, against the test host's model binding (nopCommerce's list converters registered).
/// </summary>
[NonParallelizable]
public class MerchantOpsScriptBrowserTests : BrowserTest<PluginTestHost>
{
    private const string ProbePage = "Admin/ScriptProbe/Index";
    private const string ProbePost = "/Admin/ScriptProbe/Ids";

    protected override Task<PluginTestHost> StartSiteAsync() => PluginTestHost.StartAsync();

    /// <summary>
    /// An array goes as the same field repeated (ids=1&amp;ids=2), as a form posts ticked checkboxes, and the action's
    /// int[] gets every value. A joined "1,2" would reach the action as no ids at all; jQuery's "ids[]=1" happens to be
    /// bound too (MVC's jQuery form value provider drops the brackets), so the body is checked as sent as well.
    /// </summary>
    [Test]
    public async Task MerchantOps_post_sends_an_array_as_repeated_fields_that_an_action_binds_to_its_list_parameter()
    {
        await Page.GotoAsync(ProbePage);
        var bodies = new List<string>();
        Page.Request += (_, request) =>
        {
            if (request.Url.EndsWith(ProbePost, StringComparison.OrdinalIgnoreCase))
                bodies.Add(request.PostData);
        };

        var bound = await Page.EvaluateAsync<int[]>($"() => MerchantOps.post('{ProbePost}', {{ ids: [40, 45, 47] }})");

        Assert.Multiple(() =>
        {
            Assert.That(bodies.Single(), Does.StartWith("ids=40&ids=45&ids=47&__RequestVerificationToken="), "the form body as sent");
            Assert.That(bound, Is.EqualTo(new[] { 40, 45, 47 }), "every id reached the action's int[] (antiforgery passed: the POST answered)");
            Assert.That(Web.UnhandledExceptions, Is.Empty);
        });
    }
}
