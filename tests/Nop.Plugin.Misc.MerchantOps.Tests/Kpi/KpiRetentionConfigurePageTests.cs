using System.Net;
using System.Text.RegularExpressions;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using Nop.Services.Messages;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi;

/// <summary>
/// The capture's retention (<see cref="MerchantOpsSettings.KpiVisitRetentionDays"/>, 2 to 1100 days, 90 by default) on
/// the configure page, served by the plugin's controller and view as a store serves them.
/// </summary>
public class KpiRetentionConfigurePageTests
{
    private const string Url = "Admin/MerchantOpsConfiguration/Configure";
    private const string RetentionKey = "merchantopssettings.kpivisitretentiondays";
    private const string OutOfRange = "Enter a number of days from 2 to 1100.";

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
    public async Task A_new_install_shows_the_default_of_90_days_with_its_label_and_hint()
    {
        var html = await GetAsync(Url);

        Assert.That(InputValue(html, "KpiVisitRetentionDays"), Is.EqualTo("90"));
        Assert.That(WebUtility.HtmlDecode(html), Does.Contain("Keep visitor details (days)")
            .And.Contain("from 2 to 1100 (90 by default)")
            .And.Contain("Storefront visits (KPI funnel)"));
    }

    [Test]
    public async Task A_French_admin_reads_the_retention_in_French()
    {
        _host.WorkContext.UseFrench();

        var html = WebUtility.HtmlDecode(await GetAsync(Url));

        Assert.That(html, Does.Contain("Conserver le détail des visiteurs (jours)").And.Contain("de 2 à 1100 (90 par défaut)"));
        Assert.That(html, Does.Not.Contain("Keep visitor details"));
    }

    [TestCase("2")]
    [TestCase("30")]
    [TestCase("1100")]
    public async Task A_retention_in_range_is_saved(string typed)
    {
        var response = await PostAsync(("KpiVisitRetentionDays", typed));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(Setting(RetentionKey), Is.EqualTo(typed));
        Assert.That(InputValue(await GetAsync(Url), "KpiVisitRetentionDays"), Is.EqualTo(typed));
    }

    [TestCase("0")]
    [TestCase("1")]
    [TestCase("-5")]
    [TestCase("1101")]
    [TestCase("99999999999")]
    [TestCase("abc")]
    [TestCase("")]
    public async Task A_bad_retention_saves_nothing_says_why_and_keeps_everything_typed(string typed)
    {
        _host.Settings.Seed(RetentionKey, "45");
        _host.Writes.Clear();

        var response = await PostAsync(("KpiVisitRetentionDays", typed), ("PackingCashOnDeliveryPaymentMethods", "Payments.X"), ("KpiDigestHour", "7"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_host.Writes.Entries, Is.Empty);
        Assert.That(Setting(RetentionKey), Is.EqualTo("45"));
        Assert.That(InputValue(html, "KpiVisitRetentionDays"), Is.EqualTo(typed));
        Assert.That(InputValue(html, "PackingCashOnDeliveryPaymentMethods"), Is.EqualTo("Payments.X"));
        Assert.That(InputValue(html, "KpiDigestHour"), Is.EqualTo("7"));
        Assert.That(Regex.Match(html, "<span[^>]*data-valmsg-for=\"KpiVisitRetentionDays\"[^>]*>([\\s\\S]*?)</span>").Groups[1].Value, Does.Contain(OutOfRange),
            "the message next to the field, and only the plugin's own");
        Assert.That(html, Does.Not.Contain("is not valid").And.Not.Contain("is invalid"));
        Assert.That(_host.Notifications.Sent.Single().Type, Is.EqualTo(NotifyType.Error));
    }

    [TestCase("1")]
    [TestCase("abc")]
    public async Task A_bad_retention_is_explained_in_French_to_a_French_admin(string typed)
    {
        _host.WorkContext.UseFrench();

        var html = WebUtility.HtmlDecode(await (await PostAsync(("KpiVisitRetentionDays", typed))).Content.ReadAsStringAsync());

        Assert.That(html, Does.Contain("Saisissez un nombre de jours entre 2 et 1100."));
        Assert.That(html, Does.Not.Contain(OutOfRange));
    }

    [Test]
    public async Task With_a_store_chosen_an_overridden_retention_is_saved_for_that_store_only()
    {
        var second = _host.Stores.AddStore("Second shop");
        _host.Stores.ActiveStoreScopeConfiguration = second.Id;
        _host.Settings.Seed(RetentionKey, "90");

        await PostAsync(("KpiVisitRetentionDays", "14"), ("KpiVisitRetentionDays_OverrideForStore", "true"));

        Assert.That(Setting(RetentionKey, second.Id), Is.EqualTo("14"));
        Assert.That(Setting(RetentionKey), Is.EqualTo("90"));
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
        // the rest of the form as a browser posts it, valid, so that only the retention decides
        var values = new List<KeyValuePair<string, string>> { new("PackingDefaultBatchSize", "20"), new("PackingCashOnDeliveryPaymentMethods", "Payments.CashOnDelivery") };
        values.RemoveAll(v => fields.Any(f => f.Name == v.Key));
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        values.Add(new("__RequestVerificationToken", token));
        return await _client.PostAsync(Url, new FormUrlEncodedContent(values));
    }

    private string Setting(string key, int storeId = 0) =>
        _host.Settings.All.SingleOrDefault(s => s.Name == key && s.StoreId == storeId)?.Value;

    private static string InputValue(string html, string name)
    {
        var input = Regex.Match(html, $"<input[^>]*name=\"{name}\"[^>]*>").Value;
        return WebUtility.HtmlDecode(Regex.Match(input, "value=\"([^\"]*)\"").Groups[1].Value);
    }
}
