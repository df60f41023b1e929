using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core.Caching;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Screens;

/// <summary>
/// The follow-up screens in the plugin test host over a SQLite store with the plugin's schema (<see cref="ReplyStore"/>:
/// English and French, staff "Sam Support"), the screens' own services from FollowUpScreensStartup, and Moq doubles of the
/// other parts (candidate finder, composer, sender, results reader) — or, with <c>realParts</c>, the real ones as the
/// plugin's startups register them. The store's time zone is Paris; the
/// clock stands on Monday 7 December 2026 10:00 UTC.
/// </summary>
public sealed class FollowUpWebHost : ITestSite
{
    public static readonly DateTime Now = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);

    private FollowUpWebHost(TestDatabase database, ReplyStore store, PluginTestHost host, Doubles doubles)
    {
        Database = database;
        Store = store;
        Host = host;
        Finder = doubles.Finder;
        Composer = doubles.Composer;
        Sender = doubles.Sender;
        Results = doubles.Results;
        Client = host.CreateClient();
    }

    public TestDatabase Database { get; }
    public ReplyStore Store { get; }
    public PluginTestHost Host { get; }
    public HttpClient Client { get; }
    public Uri BaseAddress => Host.BaseAddress;

    public Mock<IFollowUpCandidateFinder> Finder { get; }
    public Mock<IFollowUpComposer> Composer { get; }
    public Mock<IFollowUpSender> Sender { get; }
    public Mock<IFollowUpResultsReader> Results { get; }

    private sealed record Doubles(Mock<IFollowUpCandidateFinder> Finder, Mock<IFollowUpComposer> Composer, Mock<IFollowUpSender> Sender,
        Mock<IFollowUpResultsReader> Results);

    public static async Task<FollowUpWebHost> StartAsync(bool realParts = false)
    {
        var database = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite);
        try
        {
            var store = await ReplyStore.CreateAsync(database);
            var doubles = new Doubles(new Mock<IFollowUpCandidateFinder>(), new Mock<IFollowUpComposer>(), new Mock<IFollowUpSender>(),
                new Mock<IFollowUpResultsReader>());
            doubles.Finder.Setup(f => f.FindAsync(It.IsAny<FollowUpRule>(), It.IsAny<DateTime>(), It.IsAny<int>())).ReturnsAsync([]);
            doubles.Results.Setup(r => r.GetAsync(It.IsAny<IReadOnlyCollection<int>>(), It.IsAny<DateTime>(), It.IsAny<DateTime>()))
                .ReturnsAsync(new Dictionary<int, FollowUpRuleResults>());
            var host = await PluginTestHost.StartAsync(services =>
            {
                ReplyWebHost.AddStoreServices(services, database, store);
                services.AddSingleton<TimeProvider>(new TestClock(Now));
                if (realParts)
                    return;
                services.AddSingleton(doubles.Finder.Object);
                services.AddSingleton(doubles.Composer.Object);
                services.AddSingleton(doubles.Sender.Object);
                services.AddSingleton(doubles.Results.Object);
            });
            host.Settings.Seed(PlannerTimeZones.StoreTimeZoneSettingKey, "Europe/Paris");
            var web = new FollowUpWebHost(database, store, host, doubles);
            web.SignIn(store.Staff);
            return web;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public void SignIn(Customer staff, int vendorId = 0)
    {
        Host.WorkContext.CurrentCustomer = staff;
        Host.WorkContext.CurrentVendor = vendorId == 0 ? null : new Nop.Core.Domain.Vendors.Vendor { Id = vendorId, Name = $"Vendor {vendorId}", Active = true };
    }

    /// <summary>Only these permissions (and access to the admin area).</summary>
    public void Allow(params string[] permissions) =>
        Host.Permissions.DenyAll().Grant(new[] { Nop.Services.Security.StandardPermission.Security.ACCESS_ADMIN_PANEL }.Concat(permissions).ToArray());

    public async Task<string> GetPageAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {url}\n{string.Join("\n", Host.UnhandledExceptions)}\n{html}");
        return html;
    }

    /// <summary>A form POST with the antiforgery token of <paramref name="tokenPage"/> (null: none), as a browser sends it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string tokenPage, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (tokenPage != null)
            values.Add(new("__RequestVerificationToken", await Host.GetAntiforgeryTokenAsync(Client, tokenPage)));
        Host.Notifications.Clear();
        return await Client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>A reply of the library (the rule's), in English.</summary>
    public Task<CannedReply> ReplyAsync(string title = "Payment reminder") => Store.ReplyAsync(title, null, "<p>Please pay %Order.OrderNumber%</p>", ReplyStore.English);

    /// <summary>A rule as stored (inactive, version 1 unless told).</summary>
    public async Task<FollowUpRule> RuleAsync(CannedReply reply, string name = "Unpaid orders", FollowUpTrigger trigger = FollowUpTrigger.UnpaidOrder,
        int delayHours = 48, bool active = false)
    {
        var rule = new FollowUpRule
        {
            Name = name, Trigger = trigger, ReplyId = reply.Id, DelayHours = delayHours, MaxReminders = 2, ConversionDays = 7, Active = active,
            Version = 1, CreatedOnUtc = Now, UpdatedOnUtc = Now
        };
        await Database.Repository<FollowUpRule>().InsertAsync(rule, false);
        return rule;
    }

    public Task<List<FollowUpRule>> RulesAsync() => Database.Repository<FollowUpRule>().Table.OrderBy(r => r.Id).ToListAsync();

    public IReadOnlyList<string> Notifications => Host.Notifications.Sent.Select(n => n.Message).ToList();

    public static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " "));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
