namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;

/// <summary>
/// One backfill run of a store: how it ended, the days it rolled up, and where the backfill stands (the next day to roll
/// up, yyyyMMdd, walking back; days done in all; the oldest order's day), for the progress display.
/// </summary>
public sealed record KpiBackfillResult(KpiBackfillOutcome Outcome, int DaysRolledUp, int NextDay, int DaysDone, int FirstOrderDay);
