using Nop.Core.Caching;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>Bounds, cache keys and nopCommerce's card names of the dashboard widgets and the Today screen.</summary>
public static class KpiDashboardDefaults
{
    /// <summary>A cart is abandoned when its last change is at least this many hours old.</summary>
    public const int AbandonedAfterHours = 24;

    /// <summary>Carts changed longer ago than this are no longer counted (and the query reads no older rows).</summary>
    public const int AbandonedLookBackDays = 7;

    /// <summary>Days the Operations card covers (packing throughput, paid to shipped, replies sent).</summary>
    public const int OperationsDays = 7;

    /// <summary>The funnel's periods (days ending yesterday): yesterday, the last 7 days (default), the last 28.</summary>
    public static readonly int[] FunnelPeriods = [1, 7, 28];

    public const int DefaultFunnelDays = 7;

    /// <summary>The query string parameter of the funnel's period (dashboard and Today).</summary>
    public const string FunnelDaysParameter = "kpiFunnelDays";

    /// <summary>Weeks of the same weekday averaged for "Yesterday at a glance".</summary>
    public const int ComparisonWeeks = 4;

    public const string CachePrefix = "Nop.Plugin.Misc.MerchantOps.kpi.dashboard.";

    /// <summary>
    /// Minutes the rollup task's count of the abandoned carts stays cached (<see cref="KpiAbandonedCartReader.RefreshAsync"/>):
    /// longer than the task's period (10 minutes), so that a request finds a count and never runs the statement itself
    /// (it groups every cart line of the store: 190–330 ms with 50,000 lines).
    /// </summary>
    public const int AbandonedCartsCountedByTaskMinutes = 15;

    /// <summary>
    /// Abandoned carts of a store ({0}), with the time they were counted: one minute when a request had to count them,
    /// <see cref="AbandonedCartsCountedByTaskMinutes"/> when the rollup task did.
    /// </summary>
    public static CacheKey AbandonedCartsCacheKey => new("Nop.Plugin.Misc.MerchantOps.kpi.dashboard.carts.{0}") { CacheTime = 1 };

    /// <summary>The Operations figures of a store ({0}) and vendor ({1}); one minute.</summary>
    public static CacheKey OperationsCacheKey => new("Nop.Plugin.Misc.MerchantOps.kpi.dashboard.operations.{0}-{1}") { CacheTime = 1 };

    /// <summary>
    /// nopCommerce's dashboard cards that load their content by a separate request only while expanded (their views
    /// read these customer attributes and skip the load when collapsed; expanding one loads it then).
    /// </summary>
    public static readonly string[] SlowCardAttributes =
    [
        "Reports.HideOrderStatisticsCard",
        "Reports.HideCustomerStatisticsCard",
        "Reports.HideOrderAverageReportCard",
        "Reports.HideOrderIncompleteReportCard",
        "Reports.HideLatestOrdersCard",
        "Reports.HidePopularSearchTermsReport",
        "Reports.HideBestsellersBriefReportByQuantityCard",
        "Reports.HideBestsellersBriefReportByAmountCard"
    ];
}
