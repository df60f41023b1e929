using Microsoft.Playwright;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Configuration;

/// <summary>The configure page in headless chromium, with the admin layout's unobtrusive validation as in a store.</summary>
[NonParallelizable]
public class ConfigureBrowserTests : BrowserTest<PluginTestHost>
{
    private const string Url = "Admin/MerchantOpsConfiguration/Configure";
    private const string BatchSizeKey = "merchantopssettings.packingdefaultbatchsize";

    protected override Task<PluginTestHost> StartSiteAsync() => PluginTestHost.StartAsync();

    /// <summary>
    /// Leaving the corrected field clears its error message (jQuery validation does it on blur, that is on the
    /// mouse-down of the click): the Save button must not move away from under the pointer before the mouse-up.
    /// </summary>
    [Test]
    public async Task After_a_refused_value_one_click_on_Save_saves_the_corrected_value()
    {
        Web.Settings.Seed(BatchSizeKey, "35");
        await Page.GotoAsync(Url);
        await Page.Locator("#PackingDefaultBatchSize").FillAsync("0");
        await Page.Locator("button[name=save]").ClickAsync();
        var message = Page.Locator("span[data-valmsg-for=PackingDefaultBatchSize]");
        Assert.That(await message.InnerTextAsync(), Does.Contain("between 1 and 500"), "the server refused the value");

        await Page.Locator("#PackingDefaultBatchSize").FillAsync("40");
        await Page.Locator("button[name=save]").ClickAsync();

        await Page.WaitForSelectorAsync("text=The Merchant Ops settings have been saved.", new PageWaitForSelectorOptions { Timeout = 10_000 });
        Assert.That(Web.Settings.All.Single(s => s.Name == BatchSizeKey && s.StoreId == 0).Value, Is.EqualTo("40"));
    }
}
