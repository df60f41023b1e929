using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.MerchantOps.Kpi.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi;

/// <summary>
/// A store in Europe/Paris (nopCommerce's store time zone setting) with the plugin's tables, a tea (the shop's own, 10.00),
/// a mug of vendor 7 (25.00) and a pot of vendor 8 (40.00), one customer with an address, and a clock on Wednesday
/// 1 April 2026, 08:00 UTC (10:00 in Paris). Orders are placed at a given UTC instant.
/// </summary>
public class KpiScenario : StoreBuilder
{
    public static readonly DateTime Now = new(2026, 4, 1, 8, 0, 0, DateTimeKind.Utc);

    public const int MugVendorId = 7;
    public const int PotVendorId = 8;

    private KpiScenario(TestDatabase database) : base(database)
    {
    }

    public Store Store { get; private set; }
    public Customer Customer { get; private set; }
    public Address Address { get; private set; }
    public Product Tea { get; private set; }
    public Product Mug { get; private set; }
    public Product Pot { get; private set; }
    public TestClock Clock { get; } = new(Now);

    public static async Task<KpiScenario> CreateAsync(TestDatabase database, string timeZoneId = "Europe/Paris")
    {
        await database.InstallPluginSchemaAsync();
        var scenario = new KpiScenario(database);
        scenario.Store = await scenario.StoreAsync();
        await database.Repository<Setting>().InsertAsync(new Setting { Name = PlannerTimeZones.StoreTimeZoneSettingKey, Value = timeZoneId, StoreId = 0 });
        (scenario.Customer, scenario.Address) = await scenario.CustomerWithAddressAsync("ada@example.com");
        scenario.Tea = await scenario.ProductAsync("TEA", p => p.Price = 10m);
        scenario.Mug = await scenario.ProductAsync("MUG", p => (p.Price, p.VendorId) = (25m, MugVendorId));
        scenario.Pot = await scenario.ProductAsync("POT", p => (p.Price, p.VendorId) = (40m, PotVendorId));
        return scenario;
    }

    public KpiApp App(bool anotherInstance = false) => new(Database, Clock, anotherInstance);

    /// <summary>An order of <paramref name="customer"/> (the scenario's by default) placed at <paramref name="placedOnUtc"/>.</summary>
    public Task<Order> OrderAtAsync(DateTime placedOnUtc, Action<Order> configure = null, Customer customer = null, params (Product Product, int Quantity)[] lines)
    {
        if (lines.Length == 0)
            lines = [(Tea, 1)];
        return OrderAsync(customer ?? Customer, Address, order =>
        {
            order.StoreId = Store.Id;
            order.CreatedOnUtc = placedOnUtc;
            configure?.Invoke(order);
        }, lines.Select(line => new OrderLine(line.Product, line.Quantity)).ToArray());
    }

    public async Task<Customer> ShopperAsync(string email) => await CustomerAsync(email, address: Address);

    /// <summary>The rows of the day: of the scenario's store, or of every store (<paramref name="allStores"/>).</summary>
    public Task<List<KpiSalesDay>> RowsOfAsync(DateOnly day, bool allStores = false)
    {
        var key = KpiDay.Key(day);
        var storeId = Store.Id;
        return Database.Repository<KpiSalesDay>().Table.Where(row => row.LocalDay == key && (allStores || row.StoreId == storeId))
            .OrderBy(row => row.StoreId).ThenBy(row => row.VendorId).ToListAsync();
    }

    public async Task<KpiSalesDay> StoreRowAsync(DateOnly day) => (await RowsOfAsync(day)).Single(row => row.VendorId == 0);

    public static DateTime Utc(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);
}
