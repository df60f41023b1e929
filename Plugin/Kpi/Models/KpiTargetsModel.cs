namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>The store's revenue targets: the form's values (invariant numbers, empty = none) and this week's and month's progress.</summary>
public sealed record KpiTargetsModel(string WeeklyInput, string MonthlyInput, KpiTargetProgressModel Week, KpiTargetProgressModel Month);
