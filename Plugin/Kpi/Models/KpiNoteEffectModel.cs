namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>
/// A note's before/after: the 7 days before its day against its day and the 6 after (only the days already over: 
/// <see cref="AfterDays"/> of 7), per day: revenue, orders, and conversion (orders ÷ visitors of the funnel).
/// <see cref="HasAfter"/> false: no day after is over yet.
/// </summary>
public sealed record KpiNoteEffectModel(string BeforeText, string AfterText, int AfterDays, bool HasAfter,
    string RevenueBefore, string RevenueAfter, string RevenueChange,
    string OrdersBefore, string OrdersAfter, string OrdersChange,
    string ConversionBefore, string ConversionAfter, string ConversionChange);
