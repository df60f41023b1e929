namespace Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

/// <summary>
/// Today in a store's zone, for the dashboard's agenda: the occurrences that touch today (skipped ones left out), by
/// start, and the late ones (ended before today, within the late look-back, not done, not skipped), oldest first.
/// </summary>
public record PlannerAgenda(int StoreId, DateOnly Today, TimeZoneInfo TimeZone, DateTime NowLocal, DateTime NowUtc,
    IReadOnlyList<PlannerWeekItem> Items, IReadOnlyList<PlannerWeekItem> Late);
