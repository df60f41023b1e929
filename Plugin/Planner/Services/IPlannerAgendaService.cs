using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

/// <summary>
/// Today's agenda of a store (the dashboard widget): same actor and visibility as <see cref="IPlannerBlockService"/>
/// (a vendor's staff see their vendor's blocks only). Callers check the Planner permission first.
/// </summary>
public interface IPlannerAgendaService
{
    /// <summary>
    /// Today (the store's zone, now by the clock) and the late occurrences carried to it; <paramref name="mineOnly"/>:
    /// the blocks assigned to the current user. One read of the blocks (3 statements) whatever their number.
    /// </summary>
    Task<PlannerAgenda> GetTodayAsync(int storeId, bool mineOnly = false);
}
