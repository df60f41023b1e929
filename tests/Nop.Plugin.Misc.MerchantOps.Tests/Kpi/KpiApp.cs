using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.MerchantOps.Kpi.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi;

/// <summary>
/// The KPI services of one application instance (<see cref="StoreApp"/>: registered by KpiStartup, resolved from the
/// app's container; nopCommerce's settings and stores are real rows). <paramref name="replace"/> swaps a registration
/// (a rollup that fails on a given day). A second instance (<c>anotherInstance</c>) has its own repositories.
/// </summary>
public sealed class KpiApp
{
    public KpiApp(TestDatabase database, TestClock clock, bool anotherInstance = false, Action<IServiceCollection> replace = null)
    {
        StoreApp = new StoreApp(database, clock, anotherInstance, replace: replace);
    }

    public StoreApp StoreApp { get; }

    public IKpiRollupService Rollup => StoreApp.Get<IKpiRollupService>();
    public IKpiBackfillService Backfill => StoreApp.Get<IKpiBackfillService>();
    public KpiProgressStore Progress => StoreApp.Get<KpiProgressStore>();
    public KpiRollupTask RollupTask => StoreApp.Get<KpiRollupTask>();
    public KpiSalesQuery Query => StoreApp.Get<KpiSalesQuery>();
}
