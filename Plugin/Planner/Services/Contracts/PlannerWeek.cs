namespace Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

/// <summary>
/// A store's week, Monday 00:00 to the next Monday 00:00 in the store's zone: every occurrence (skipped ones flagged),
/// by start. <see cref="Truncated"/> when a block had more occurrences than an expansion may yield.
/// </summary>
public record PlannerWeek(int StoreId, DateOnly Monday, TimeZoneInfo TimeZone, IReadOnlyList<PlannerWeekItem> Items, bool Truncated);
