using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Sender;

/// <summary>
/// The replies' store (<see cref="RepliesScenario"/>: English and French, a store, its email account, a mug with a French
/// name, customers with orders, replies saved through the library) plus follow-up rules, and app instances of the
/// schedule task: each <see cref="App"/> is a separate <see cref="StoreApp"/> (own container, repositories, cache) over the
/// same database, with nobody signed in (as in a nopCommerce schedule task), the test's finder and links doubles.
/// </summary>
public sealed class SenderScenario
{
    private SenderScenario(RepliesScenario shop)
    {
        Shop = shop;
    }

    public RepliesScenario Shop { get; }
    public TestDatabase Database => Shop.Database;
    public TestClock Clock => Shop.Clock;
    public TestTargets Targets { get; } = new();
    public SendFailures Failures { get; } = new();

    /// <summary>The cap across rules the apps run with (MerchantOpsSettings.FollowUpMaxPerCustomer).</summary>
    public int MaxPerCustomer { get; set; } = 2;

    public static async Task<SenderScenario> CreateAsync(TestDatabase database, bool withEmailAccount = true) =>
        new(await RepliesScenario.CreateAsync(database, withEmailAccount));

    /// <summary>One app instance running the follow-ups (a web farm node); <paramref name="failAfterSend"/> wraps the reply send path with <see cref="FailingAfterSendService"/>.</summary>
    public StoreApp App(InjectedFaults faults = null, bool failAfterSend = false)
    {
        var app = new StoreApp(Database, Clock, anotherInstance: true, faults, replace: services =>
        {
            services.AddSingleton(Targets);
            services.AddSingleton(Failures);
            services.AddScoped<IFollowUpCandidateFinder, TestCandidateFinder>();
            services.AddScoped<IFollowUpLinks, TestLinks>();
            if (failAfterSend)
            {
                services.AddScoped<ReplySendService>();
                services.AddScoped<IReplySendService, FailingAfterSendService>();
            }
        });
        app.Get<EmailAccountSettings>().DefaultEmailAccountId = Shop.App.EmailAccountSettings.DefaultEmailAccountId;
        // the sender reads the cap from the store's settings, as the finder does
        app.Get<ISettingService>().SetSettingAsync("merchantopssettings.followupmaxpercustomer", MaxPerCustomer).GetAwaiter().GetResult();
        return app;
    }

    public async Task<FollowUpRule> RuleAsync(FollowUpTrigger trigger, CannedReply reply, string name = null)
    {
        var rule = new FollowUpRule
        {
            StoreId = 0,
            Name = name ?? trigger.ToString(),
            Trigger = trigger,
            ReplyId = reply.Id,
            DelayHours = 24,
            Active = true,
            ActivatedOnUtc = Clock.UtcNow,
            Version = 1,
            CreatedOnUtc = Clock.UtcNow,
            UpdatedOnUtc = Clock.UtcNow
        };
        await Database.Repository<FollowUpRule>().InsertAsync(rule);
        return rule;
    }

    /// <summary>An order target (review request or unpaid order) due at <paramref name="dueOnUtc"/> (now when null), added to the finder double.</summary>
    public FollowUpCandidate OrderTarget(FollowUpRule rule, Order order, Customer customer, DateTime? dueOnUtc = null, long version = 0, int languageId = -1)
    {
        var due = dueOnUtc ?? Clock.UtcNow;
        var candidate = new FollowUpCandidate
        {
            RuleId = rule.Id, Trigger = rule.Trigger, StoreId = order.StoreId, CustomerId = customer.Id, TargetId = order.Id,
            TargetVersion = version, OrderId = order.Id, OrderNumber = order.CustomOrderNumber, CustomerEmail = customer.Email,
            CustomerName = $"{customer.FirstName} {customer.LastName}", LanguageId = languageId >= 0 ? languageId : customer.LanguageId ?? 0,
            EventOnUtc = due.AddHours(-rule.DelayHours), DueOnUtc = due, PlannedOnUtc = due, Hold = FollowUpHold.None
        };
        Targets.Add(candidate);
        return candidate;
    }

    public FollowUpCandidate CartTarget(FollowUpRule rule, Customer customer, long version, DateTime? dueOnUtc = null)
    {
        var due = dueOnUtc ?? Clock.UtcNow;
        var candidate = new FollowUpCandidate
        {
            RuleId = rule.Id, Trigger = rule.Trigger, StoreId = Shop.Store.Id, CustomerId = customer.Id, TargetId = customer.Id,
            TargetVersion = version, CustomerEmail = customer.Email, LanguageId = customer.LanguageId ?? 0,
            EventOnUtc = due.AddHours(-rule.DelayHours), DueOnUtc = due, PlannedOnUtc = due, Hold = FollowUpHold.None
        };
        Targets.Add(candidate);
        return candidate;
    }

    public Task<(Customer Customer, Address Address)> CustomerAsync(string email, string firstName = "Ann", string lastName = "Smith", bool french = false) =>
        Shop.CustomerAsync(email, firstName, lastName, french ? Shop.French : Shop.English);

    public Task<List<QueuedEmail>> EmailsAsync() => Database.Repository<QueuedEmail>().Table.OrderBy(e => e.Id).ToListAsync();
    public Task<List<FollowUpSend>> ClaimsAsync() => Database.Repository<FollowUpSend>().Table.OrderBy(s => s.Id).ToListAsync();
    public Task<List<CannedReplySend>> ReplySendsAsync() => Database.Repository<CannedReplySend>().Table.OrderBy(s => s.Id).ToListAsync();
}
