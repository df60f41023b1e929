using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Services;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Digest;

/// <summary>
/// The KPI scenario's store (Europe/Paris, English and French languages, English by default) with the shop's email
/// account, and its clock on Friday 3 April 2026 at 06:00 UTC (08:00 in Paris, one hour before the default 09:00 digest).
/// The digest of that Friday covers Friday 27 March to Thursday 2 April, against 20 to 26 March.
/// </summary>
public sealed class KpiDigestScenario
{
    public static readonly DateTime FridayBeforeNineParis = new(2026, 4, 3, 6, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime FridayNineParis = new(2026, 4, 3, 7, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly WeekFrom = new(2026, 3, 27);
    public static readonly DateOnly WeekTo = new(2026, 4, 2);

    private KpiDigestScenario(KpiScenario kpi)
    {
        Kpi = kpi;
    }

    public KpiScenario Kpi { get; }
    public TestDatabase Database => Kpi.Database;
    public TestClock Clock => Kpi.Clock;
    public Store Store => Kpi.Store;
    public Language English { get; private set; }
    public Language French { get; private set; }
    public EmailAccount Account { get; private set; }

    public static async Task<KpiDigestScenario> CreateAsync(TestDatabase database)
    {
        var scenario = new KpiDigestScenario(await KpiScenario.CreateAsync(database));
        scenario.English = await scenario.Kpi.LanguageAsync(StoreData.English());
        scenario.French = await scenario.Kpi.LanguageAsync(StoreData.French());
        scenario.Account = await scenario.Kpi.EmailAccountAsync();
        scenario.Store.DefaultLanguageId = scenario.English.Id;
        await database.Repository<Store>().UpdateAsync(scenario.Store);
        scenario.Clock.UtcNow = FridayBeforeNineParis;
        return scenario;
    }

    /// <summary>An app instance (another one: its own scope, cache and repositories over the same rows).</summary>
    public StoreApp App(bool anotherInstance = true, InjectedFaults faults = null) => new(Database, Clock, anotherInstance, faults);

    public static KpiDigestSender Sender(StoreApp app) => app.Get<KpiDigestSender>();

    public Task<KpiDigestOutcome> SendWeeklyAsync(StoreApp app = null) => Sender(app ?? App()).SendWeeklyAsync(Store.Id);

    public Task SetAsync(string property, string value) =>
        App().Get<ISettingService>().SetSettingAsync($"{nameof(MerchantOpsSettings)}.{property}", value, Store.Id);

    public Task<List<QueuedEmail>> EmailsAsync() => Kpi.QueuedEmailsAsync();

    public Task<List<KpiDigestSend>> ClaimsAsync() => Database.Repository<KpiDigestSend>().Table.OrderBy(row => row.Id).ToListAsync();

    public Task SalesDayAsync(DateOnly day, int orders, decimal revenue, int newCustomers = 0, int returning = 0, int refunded = 0, decimal refundedAmount = 0m) =>
        Database.Repository<KpiSalesDay>().InsertAsync(new KpiSalesDay
        {
            StoreId = Store.Id, VendorId = 0, LocalDay = KpiDay.Key(day), OrderCount = orders, Revenue = revenue, ItemCount = orders,
            NewCustomerCount = newCustomers, ReturningCustomerCount = returning, RefundedOrderCount = refunded, RefundedAmount = refundedAmount,
            TimeZoneId = "Europe/Paris", ComputedOnUtc = Clock.UtcNow
        });

    public Task FunnelDayAsync(DateOnly day, int visitors, int products, int carts, int checkouts, int orders) =>
        Database.Repository<KpiFunnelDay>().InsertAsync(new KpiFunnelDay
        {
            StoreId = Store.Id, LocalDay = KpiDay.Key(day), VisitorCount = visitors, ProductViewCount = products, AddToCartCount = carts,
            CheckoutCount = checkouts, OrderCount = orders, TimeZoneId = "Europe/Paris", ComputedOnUtc = Clock.UtcNow
        });
}
