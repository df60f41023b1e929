using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner;

/// <summary>
/// A store in Europe/Paris (nopCommerce's store time zone setting) with the planner installed, two staff members
/// (Alice, Bob) holding the Planner permission, a vendor's staff member (Vera, vendor 5) and a clock on Monday
/// 2 March 2026, 08:00 UTC.
/// </summary>
public class PlannerScenario : StoreBuilder
{
    public static readonly DateTime Now = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    private PlannerScenario(TestDatabase database) : base(database)
    {
    }

    public Store Store { get; private set; }
    public Customer Alice { get; private set; }
    public Customer Bob { get; private set; }
    public Customer Vera { get; private set; }
    public TestClock Clock { get; } = new(Now);

    public static async Task<PlannerScenario> CreateAsync(TestDatabase database, string timeZoneId = "Europe/Paris")
    {
        await database.InstallPluginSchemaAsync();
        var scenario = new PlannerScenario(database);
        scenario.Store = await scenario.StoreAsync();
        await database.Repository<Setting>().InsertAsync(new Setting
        {
            Name = PlannerTimeZones.StoreTimeZoneSettingKey,
            Value = timeZoneId,
            StoreId = 0
        });
        scenario.Alice = await scenario.CustomerAsync("alice@shop.test", c => c.FirstName = "Alice");
        scenario.Bob = await scenario.CustomerAsync("bob@shop.test", c => c.FirstName = "Bob");
        scenario.Vera = await scenario.CustomerAsync("vera@vendor.test", c => c.VendorId = 5);
        return scenario;
    }

    /// <summary>An application instance signed in as <paramref name="staff"/>, all three staff holding Planner.</summary>
    public PlannerApp App(Customer staff, bool anotherInstance = false)
    {
        var app = new PlannerApp(Database, Clock, anotherInstance).As(staff, staff.VendorId);
        app.PlannerUsers.UnionWith([Alice.Id, Bob.Id, Vera.Id]);
        return app;
    }

    public PlannerBlockRequest Request(string title, DateTime startLocal, string rule = null, int minutes = 60, int assigneeId = 0,
        PlannerLiveBinding binding = PlannerLiveBinding.None) => new()
    {
        StoreId = Store.Id,
        Title = title,
        StartLocal = startLocal,
        DurationMinutes = minutes,
        RecurrenceRule = rule,
        AssigneeCustomerId = assigneeId,
        LiveBinding = binding
    };
}
