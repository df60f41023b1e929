namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>One day of the period, as the charts draw it: sales, and (not for a vendor) the funnel and the day's journal notes.</summary>
public sealed record KpiDayRowModel(string Date, string DayText, int Orders, string Revenue, string AverageOrderValue, int Items,
    int Visitors, int ProductViews, int AddToCart, int Checkout, int FunnelOrders, string Conversion, IReadOnlyList<string> Notes);
