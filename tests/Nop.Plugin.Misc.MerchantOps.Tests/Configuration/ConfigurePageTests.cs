using System.Net;
using System.Text.RegularExpressions;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using Nop.Services.Messages;
using Nop.Services.Security;
using NUnit.Framework;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Configuration;

/// <summary>The configure page, served by the plugin's controller and view as a store serves them.</summary>
public class ConfigurePageTests
{
    private const string Url = "Admin/MerchantOpsConfiguration/Configure";
    private const string BatchSizeKey = "merchantopssettings.packingdefaultbatchsize";

    private PluginTestHost _host;
    private HttpClient _client;

    [SetUp]
    public async Task StartHost()
    {
        _host = await PluginTestHost.StartAsync();
        _client = _host.CreateClient();
    }

    [TearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        Assert.That(_host.UnhandledExceptions, Is.Empty);
    }

    [Test]
    public async Task The_page_shows_the_saved_settings_in_the_admin_layout()
    {
        _host.Settings.Seed(BatchSizeKey, "35");

        var html = await GetAsync(Url);

        Assert.That(html, Does.Contain("Default batch size"));
        Assert.That(InputValue(html, "PackingDefaultBatchSize"), Is.EqualTo("35"));
        Assert.That(html, Does.Contain("name=\"__RequestVerificationToken\""));
    }

    [Test]
    public async Task The_page_speaks_French_to_a_French_admin()
    {
        _host.WorkContext.UseFrench();

        var html = await GetAsync(Url);

        Assert.That(html, Does.Contain("Taille de lot par défaut").Or.Contain("Taille de lot par d&#xE9;faut"));
        Assert.That(html, Does.Contain("Enregistrer"));
    }

    [Test]
    public async Task Saving_valid_values_stores_them_and_says_so()
    {
        var response = await PostAsync(("PackingDefaultBatchSize", "40"), ("PackingIncludeAuthorizedPayments", "true"),
            ("PackingCashOnDeliveryPaymentMethods", "Payments.CashOnDelivery , Payments.Cod"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(Setting(BatchSizeKey), Is.EqualTo("40"));
        Assert.That(Setting("merchantopssettings.packingincludeauthorizedpayments"), Is.EqualTo("True"));
        Assert.That(Setting("merchantopssettings.packingcashondeliverypaymentmethods"), Is.EqualTo("Payments.CashOnDelivery, Payments.Cod"));
        Assert.That(_host.Notifications.Sent.Single().Type, Is.EqualTo(NotifyType.Success));
        Assert.That(await GetAsync(Url), Does.Contain("The Merchant Ops settings have been saved."));
    }

    [TestCase("0", "between 1 and 500")]
    [TestCase("abc", "abc")]
    public async Task A_refused_value_saves_nothing_and_keeps_what_was_typed(string typed, string message)
    {
        _host.Settings.Seed(BatchSizeKey, "35");
        _host.Writes.Clear();

        var response = await PostAsync(("PackingDefaultBatchSize", typed), ("PackingCashOnDeliveryPaymentMethods", "Payments.X"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_host.Writes.Entries, Is.Empty);
        Assert.That(Setting(BatchSizeKey), Is.EqualTo("35"));
        Assert.That(InputValue(html, "PackingDefaultBatchSize"), Is.EqualTo(typed));
        Assert.That(InputValue(html, "PackingCashOnDeliveryPaymentMethods"), Is.EqualTo("Payments.X"));
        Assert.That(html, Does.Contain(message));
        Assert.That(_host.Notifications.Sent.Single().Type, Is.EqualTo(NotifyType.Error));
    }

    [Test]
    public async Task A_refused_value_is_explained_in_French_to_a_French_admin()
    {
        _host.WorkContext.UseFrench();

        var html = await (await PostAsync(("PackingDefaultBatchSize", "900"))).Content.ReadAsStringAsync();

        Assert.That(WebUtility.HtmlDecode(html), Does.Contain("La taille de lot par défaut doit être comprise entre 1 et 500."));
    }

    [Test]
    public async Task With_a_store_chosen_an_overridden_value_is_saved_for_that_store_only()
    {
        var second = _host.Stores.AddStore("Second shop");
        _host.Stores.ActiveStoreScopeConfiguration = second.Id;
        _host.Settings.Seed(BatchSizeKey, "20");

        await PostAsync(("PackingDefaultBatchSize", "60"), ("PackingDefaultBatchSize_OverrideForStore", "true"));

        Assert.That(Setting(BatchSizeKey, second.Id), Is.EqualTo("60"));
        Assert.That(Setting(BatchSizeKey), Is.EqualTo("20"));
    }

    [Test]
    public async Task With_a_store_chosen_clearing_the_override_removes_the_store_value()
    {
        var second = _host.Stores.AddStore("Second shop");
        _host.Stores.ActiveStoreScopeConfiguration = second.Id;
        _host.Settings.Seed(BatchSizeKey, "20");
        _host.Settings.Seed(BatchSizeKey, "60", second.Id);

        var html = await GetAsync(Url);
        Assert.That(Regex.Match(html, "<input[^>]*id=\"PackingDefaultBatchSize_OverrideForStore\"[^>]*>").Value, Does.Contain("checked"));

        await PostAsync(("PackingDefaultBatchSize", "60"));

        Assert.That(Setting(BatchSizeKey, second.Id), Is.Null);
        Assert.That(Setting(BatchSizeKey), Is.EqualTo("20"));
    }

    [Test]
    public async Task Without_the_configure_permission_the_page_is_refused()
    {
        _host.Permissions.DenyAll().Grant(StandardPermission.Security.ACCESS_ADMIN_PANEL, Permissions.Packing);

        using var response = await _client.GetAsync(Url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Does.Contain("AccessDenied"));
    }

    [Test]
    public async Task Without_the_configure_permission_a_post_saves_nothing()
    {
        var token = await _host.GetAntiforgeryTokenAsync(_client, Url);
        _host.Permissions.DenyAll().Grant(StandardPermission.Security.ACCESS_ADMIN_PANEL);
        _host.Writes.Clear();

        using var response = await _client.PostAsync(Url, Form(token, ("PackingDefaultBatchSize", "60")));

        Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
        Assert.That(_host.Writes.Entries, Is.Empty);
    }

    [Test]
    public async Task A_post_without_the_antiforgery_token_is_rejected_and_saves_nothing()
    {
        await GetAsync(Url);
        _host.Writes.Clear();

        using var response = await _client.PostAsync(Url, Form(null, ("PackingDefaultBatchSize", "60")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(_host.Writes.Entries, Is.Empty);
    }

    [Test]
    public async Task The_menu_shows_Merchant_Ops_with_Configure_to_a_user_with_the_permission()
    {
        var html = await GetAsync(Url);

        Assert.That(MenuItem(html, Menu.Root), Does.Contain("Merchant Ops"));
        Assert.That(MenuItem(html, Menu.Configure), Does.Contain("href=\"/Admin/MerchantOpsConfiguration/Configure\""));
    }

    [Test]
    public async Task The_menu_shows_Packing_to_a_user_with_the_packing_permission_and_hides_it_without()
    {
        var withPacking = await GetAsync(Url);
        _host.Permissions.DenyAll().Grant(StandardPermission.Security.ACCESS_ADMIN_PANEL, Permissions.Configure);
        var withoutPacking = await GetAsync(Url);

        Assert.That(Menu.Packing, Is.EqualTo("MerchantOps.Packing"), "the system name nopCommerce's sidebar and other plugins see");
        Assert.That(MenuItem(withPacking, Menu.Packing), Does.Contain("href=\"/Admin/Packing"));
        Assert.That(MenuItem(withoutPacking, Menu.Packing), Is.Empty);
        Assert.That(MenuItem(withoutPacking, Menu.Configure), Is.Not.Empty);
    }

    [Test]
    public async Task The_menu_hides_Merchant_Ops_from_a_user_without_any_of_its_permissions()
    {
        _host.Permissions.DenyAll().Grant(StandardPermission.Security.ACCESS_ADMIN_PANEL, TestPermissionNames.Probe);

        var html = await GetAsync("Admin/LayoutProbe/Index");

        Assert.That(html, Does.Contain("nav-sidebar"));
        Assert.That(MenuItem(html, Menu.Root), Is.Empty);
    }

    [Test]
    public async Task The_menu_has_no_Merchant_Ops_while_the_plugin_is_not_installed()
    {
        _host.Plugins.Installed.Remove(SystemName);

        var html = await GetAsync("Admin/LayoutProbe/Index");

        Assert.That(html, Does.Contain("nav-sidebar"));
        Assert.That(MenuItem(html, Menu.Root), Is.Empty);
    }

    private async Task<string> GetAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {url}\n{string.Join("\n", _host.UnhandledExceptions)}");
        return html;
    }

    private async Task<HttpResponseMessage> PostAsync(params (string Name, string Value)[] fields)
    {
        var token = await _host.GetAntiforgeryTokenAsync(_client, Url);
        _host.Notifications.Clear();
        return await _client.PostAsync(Url, Form(token, fields));
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (token is not null)
            values.Add(new("__RequestVerificationToken", token));
        return new FormUrlEncodedContent(values);
    }

    private string Setting(string key, int storeId = 0) =>
        _host.Settings.All.SingleOrDefault(s => s.Name == key && s.StoreId == storeId)?.Value;

    private static string InputValue(string html, string name)
    {
        var input = Regex.Match(html, $"<input[^>]*name=\"{name}\"[^>]*>").Value;
        return WebUtility.HtmlDecode(Regex.Match(input, "value=\"([^\"]*)\"").Groups[1].Value);
    }

    private static string MenuItem(string html, string systemName) =>
        Regex.Match(html, $"<li[^>]*data-menu-system-name=\"{Regex.Escape(systemName)}\"[^>]*>[\\s\\S]*?</a>").Value;
}
