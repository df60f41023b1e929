using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;

/// <summary>What one rollup of a day wrote: the day's bounds and the store's and each vendor's figures.</summary>
public sealed record KpiDayRollup(int StoreId, KpiDayWindow Window, string TimeZoneId, KpiSalesFigures Store, IReadOnlyList<KpiSalesFigures> Vendors);
