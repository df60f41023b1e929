using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Security;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.MerchantOps.Kpi.Capture;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Capture;

/// <summary>
/// A store in Europe/Paris (Url https://shop.test/, served as www.shop.test) with the plugin's tables, a tea, guests
/// made on demand, an administrator (role with nopCommerce's admin-area permission), and a clock on Wednesday
/// 1 April 2026, 08:00 UTC (10:00 in Paris, local day 20260401).
/// </summary>
public class CaptureScenario : StoreBuilder
{
    public static readonly DateTime Now = new(2026, 4, 1, 8, 0, 0, DateTimeKind.Utc);
    public const int Today = 20260401;

    private int _guests;

    private CaptureScenario(TestDatabase database) : base(database)
    {
    }

    public Store Store { get; private set; }
    public Product Tea { get; private set; }
    public Customer Admin { get; private set; }
    public TestClock Clock { get; } = new(Now);

    public static async Task<CaptureScenario> CreateAsync(TestDatabase database)
    {
        await database.InstallPluginSchemaAsync();
        var scenario = new CaptureScenario(database);
        scenario.Store = await scenario.StoreAsync();
        await database.Repository<Setting>().InsertAsync(new Setting { Name = PlannerTimeZones.StoreTimeZoneSettingKey, Value = "Europe/Paris", StoreId = 0 });
        scenario.Tea = await scenario.ProductAsync("TEA", p => p.Price = 10m);
        scenario.Admin = await scenario.CustomerAsync("admin@shop.test");
        await scenario.GrantAsync(scenario.Admin, "Administrators", StandardPermission.Security.ACCESS_ADMIN_PANEL);
        return scenario;
    }

    public CaptureApp App() => new(Database, Clock, Store);

    /// <summary>A new guest (nopCommerce makes a customer row for each visitor).</summary>
    public Task<Customer> GuestAsync() => CustomerAsync($"guest{++_guests}@guest.test", c => c.Email = null);

    /// <summary>A role holding the permissions, given to the customer.</summary>
    public async Task GrantAsync(Customer customer, string roleName, params string[] permissions)
    {
        var role = new CustomerRole { Name = roleName, SystemName = roleName, Active = true };
        await Database.Repository<CustomerRole>().InsertAsync(role);
        await Database.Repository<CustomerCustomerRoleMapping>().InsertAsync(new CustomerCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = role.Id });
        foreach (var systemName in permissions)
        {
            var record = Database.Repository<PermissionRecord>().Table.FirstOrDefault(p => p.SystemName == systemName);
            if (record == null)
            {
                record = new PermissionRecord { Name = systemName, SystemName = systemName, Category = "Standard" };
                await Database.Repository<PermissionRecord>().InsertAsync(record);
            }
            await Database.Repository<PermissionRecordCustomerRoleMapping>().InsertAsync(new PermissionRecordCustomerRoleMapping { PermissionRecordId = record.Id, CustomerRoleId = role.Id });
        }
    }

    /// <summary>The order nopCommerce's order processing hands to OrderPlacedEvent (the capture reads its store and customer).</summary>
    public Order OrderOf(Customer customer) => new() { Id = 1000 + customer.Id, StoreId = Store.Id, CustomerId = customer.Id, CreatedOnUtc = Clock.UtcNow };

    public Task<List<KpiVisit>> VisitsAsync() => Database.Repository<KpiVisit>().Table.OrderBy(v => v.LocalDay).ThenBy(v => v.CustomerId).ToListAsync();

    public Task<List<KpiFunnelDay>> FunnelRowsAsync() => Database.Repository<KpiFunnelDay>().Table.OrderBy(f => f.LocalDay).ToListAsync();

    public Task<List<KpiSourceDay>> SourceRowsAsync(int localDay) =>
        Database.Repository<KpiSourceDay>().Table.Where(s => s.LocalDay == localDay).OrderBy(s => s.Source).ThenBy(s => s.Medium).ThenBy(s => s.Campaign).ToListAsync();

    /// <summary>A raw row as the capture writes it (rollup tests: many visitors of a day).</summary>
    public Task VisitRowAsync(Customer customer, int localDay, KpiFunnelStep step, string source = KpiSources.Direct, string medium = "", string campaign = "") =>
        Database.Repository<KpiVisit>().InsertAsync(new KpiVisit
        {
            StoreId = Store.Id, CustomerId = customer.Id, LocalDay = localDay, Step = (int)step, Source = source, Medium = medium,
            Campaign = campaign, FirstSeenUtc = Clock.UtcNow, LastStepUtc = Clock.UtcNow
        });
}
