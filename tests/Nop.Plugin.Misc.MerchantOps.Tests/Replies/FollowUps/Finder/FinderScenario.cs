using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Finder;

/// <summary>
/// Two stores in Europe/Paris (nopCommerce's store time zone setting) with the plugin's tables, nopCommerce's Registered
/// and Guests roles, a tea (10.00) and a mug (25.00), and a clock on Wednesday 15 April 2026, 10:00 UTC (12:00 in Paris,
/// outside the default quiet hours 21:00–08:00). Registered shoppers, delivered / pending orders, carts, newsletter
/// subscriptions, opt-outs and follow-up rows are real rows; the finder comes from the plugin's startup.
/// </summary>
public class FinderScenario : StoreBuilder
{
    public static readonly DateTime Now = new(2026, 4, 15, 10, 0, 0, DateTimeKind.Utc);

    private FinderScenario(TestDatabase database) : base(database)
    {
    }

    public Store Store { get; private set; }
    public Store Store2 { get; private set; }
    public CustomerRole Registered { get; private set; }
    public CustomerRole Guests { get; private set; }
    public Address Address { get; private set; }
    public Product Tea { get; private set; }
    public Product Mug { get; private set; }
    public TestClock Clock { get; } = new(Now);

    public static async Task<FinderScenario> CreateAsync(TestDatabase database)
    {
        await database.InstallPluginSchemaAsync();
        var scenario = new FinderScenario(database);
        scenario.Store = await scenario.StoreAsync();
        scenario.Store2 = await scenario.StoreAsync(s => (s.Name, s.Url) = ("Second", "https://second.example.com/"));
        await database.Repository<Setting>().InsertAsync(new Setting { Name = PlannerTimeZones.StoreTimeZoneSettingKey, Value = "Europe/Paris", StoreId = 0 });
        scenario.Registered = new CustomerRole { Name = "Registered", SystemName = NopCustomerDefaults.RegisteredRoleName, Active = true };
        scenario.Guests = new CustomerRole { Name = "Guests", SystemName = NopCustomerDefaults.GuestsRoleName, Active = true };
        await database.Repository<CustomerRole>().InsertAsync(scenario.Registered);
        await database.Repository<CustomerRole>().InsertAsync(scenario.Guests);
        scenario.Address = await scenario.AddressAsync();
        scenario.Tea = await scenario.ProductAsync("TEA", p => p.Price = 10m);
        scenario.Mug = await scenario.ProductAsync("MUG", p => p.Price = 25m);
        return scenario;
    }

    /// <summary>A registered customer (the Registered role), unless <paramref name="role"/> says otherwise.</summary>
    public async Task<Customer> ShopperAsync(string email, Action<Customer> configure = null, CustomerRole role = null)
    {
        var customer = await CustomerAsync(email, configure, Address);
        await Database.Repository<CustomerCustomerRoleMapping>().InsertAsync(
            new CustomerCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = (role ?? Registered).Id });
        return customer;
    }

    public async Task<FollowUpRule> RuleAsync(FollowUpTrigger trigger, int delayHours, Action<FollowUpRule> configure = null)
    {
        var rule = new FollowUpRule
        {
            Name = trigger.ToString(), Trigger = trigger, DelayHours = delayHours, ReplyId = 1, MaxReminders = 1, Active = true,
            CreatedOnUtc = Now, UpdatedOnUtc = Now
        };
        configure?.Invoke(rule);
        await Database.Repository<FollowUpRule>().InsertAsync(rule);
        return rule;
    }

    /// <summary>An order of the scenario's store, delivered at <paramref name="deliveredOnUtc"/> (shipped a day before).</summary>
    public async Task<Order> DeliveredOrderAsync(Customer customer, DateTime deliveredOnUtc, Action<Order> configure = null, params Product[] products)
    {
        if (products.Length == 0)
            products = [Tea];
        var order = await OrderAsync(customer, Address, o =>
        {
            o.StoreId = Store.Id;
            o.CreatedOnUtc = deliveredOnUtc.AddDays(-3);
            o.PaymentStatus = PaymentStatus.Paid;
            o.OrderStatus = OrderStatus.Complete;
            o.ShippingStatus = ShippingStatus.Delivered;
            configure?.Invoke(o);
        }, products.Select(p => new OrderLine(p, 1)).ToArray());
        var shipment = await ShipmentAsync(order, "TRACK" + order.Id, deliveredOnUtc.AddDays(-1));
        shipment.DeliveryDateUtc = deliveredOnUtc;
        await Database.Repository<Shipment>().UpdateAsync(shipment);
        return order;
    }

    public Task<Order> PendingOrderAsync(Customer customer, DateTime placedOnUtc, Action<Order> configure = null) =>
        OrderAsync(customer, Address, o =>
        {
            o.StoreId = Store.Id;
            o.CreatedOnUtc = placedOnUtc;
            o.PaymentStatus = PaymentStatus.Pending;
            o.OrderStatus = OrderStatus.Pending;
            o.ShippingStatus = ShippingStatus.NotYetShipped;
            configure?.Invoke(o);
        }, new OrderLine(Tea, 1));

    public async Task CartLineAsync(Customer customer, Product product, int quantity, DateTime changedOnUtc, int storeId = 0,
        ShoppingCartType type = ShoppingCartType.ShoppingCart) =>
        await Database.Repository<ShoppingCartItem>().InsertAsync(new ShoppingCartItem
        {
            StoreId = storeId == 0 ? Store.Id : storeId, CustomerId = customer.Id, ProductId = product.Id, Quantity = quantity,
            ShoppingCartTypeId = (int)type, CreatedOnUtc = changedOnUtc, UpdatedOnUtc = changedOnUtc
        });

    public Task SubscribeAsync(string email, int storeId = 0, bool active = true) =>
        Database.Repository<NewsLetterSubscription>().InsertAsync(new NewsLetterSubscription
        {
            NewsLetterSubscriptionGuid = Guid.NewGuid(), Email = email, Active = active, StoreId = storeId == 0 ? Store.Id : storeId,
            CreatedOnUtc = Now.AddDays(-30), TypeId = 1
        });

    public Task OptOutAsync(Customer customer) =>
        Database.Repository<FollowUpOptOut>().InsertAsync(new FollowUpOptOut { CustomerId = customer.Id, CreatedOnUtc = Now.AddDays(-1) });

    /// <summary>A follow-up row (a claim, a queued email or a skip) of <paramref name="rule"/>, created at <paramref name="createdOnUtc"/>.</summary>
    public Task SendAsync(FollowUpRule rule, Customer customer, int targetId, long version, FollowUpSendStatus status, DateTime createdOnUtc) =>
        Database.Repository<FollowUpSend>().InsertAsync(new FollowUpSend
        {
            RuleId = rule.Id, StoreId = Store.Id, CustomerId = customer.Id, TargetId = targetId, TargetVersion = version, Status = status,
            SendKey = Guid.NewGuid(), ClickToken = Guid.NewGuid(), CreatedOnUtc = createdOnUtc,
            SentOnUtc = status == FollowUpSendStatus.Queued ? createdOnUtc : null
        });

    public async Task SettingsAsync(Action<MerchantOpsSettings> change, int storeId = 0)
    {
        var app = new StoreApp(Database, Clock);
        var settingService = app.Get<ISettingService>();
        var settings = await settingService.LoadSettingAsync<MerchantOpsSettings>(storeId);
        change(settings);
        await settingService.SaveSettingAsync(settings, storeId);
    }

    /// <summary>The finder of a fresh app instance, at the clock's time.</summary>
    public async Task<IReadOnlyList<FollowUpCandidate>> FindAsync(FollowUpRule rule, int max = FollowUpLimits.BatchSize) =>
        await new StoreApp(Database, Clock).Get<IFollowUpCandidateFinder>().FindAsync(rule, Clock.UtcNow, max);

    public static DateTime Utc(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);
}
