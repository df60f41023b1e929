using System.Net;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using Nop.Services.Security;
using NUnit.Framework;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Digest;

/// <summary>The digest's part of the configure page and its "send a test digest" POST, in the plugin's test host.</summary>
public class KpiDigestConfigurePageTests
{
    private const string ConfigureUrl = "Admin/MerchantOpsConfiguration/Configure";
    private const string SendTestUrl = "Admin/MerchantOpsKpiDigest/SendTest";

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
    }

    [Test]
    public async Task The_configure_page_shows_the_digest_settings_and_the_test_button_posting_to_its_own_form()
    {
        var html = await _client.GetStringAsync(ConfigureUrl);

        Assert.That(html, Does.Contain("Weekly KPI digest").And.Contain("Send a test digest to me now"));
        Assert.That(html, Does.Contain("name=\"KpiDigestRecipients\"").And.Contain("name=\"KpiDigestHour\""));
        Assert.That(html, Does.Match("<select[^>]*name=\"KpiDigestDay\"[\\s\\S]*?<option selected=\"selected\" value=\"5\">Friday</option>"));
        Assert.That(html, Does.Match("<form id=\"merchantops-digest-test\"[^>]*action=\"/Admin/MerchantOpsKpiDigest/SendTest\""));
    }

    [Test]
    public async Task A_test_send_without_the_antiforgery_token_is_rejected()
    {
        await _client.GetStringAsync(ConfigureUrl);

        using var response = await _client.PostAsync(SendTestUrl, new FormUrlEncodedContent([]));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_test_send_without_the_configure_or_KPI_permission_is_refused()
    {
        var token = await _host.GetAntiforgeryTokenAsync(_client, ConfigureUrl);
        _host.Permissions.DenyAll().Grant(StandardPermission.Security.ACCESS_ADMIN_PANEL, Permissions.Packing);

        using var response = await _client.PostAsync(SendTestUrl, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Does.Contain("AccessDenied"));
    }
}
