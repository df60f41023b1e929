using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

/// <summary>The default routine of a store (the shop manager's week), created once per store whatever the clicks.</summary>
public interface IPlannerRoutineService
{
    /// <summary>Whether the store's routine was created (then it is not offered again, even if its blocks were deleted).</summary>
    Task<bool> IsCreatedAsync(int storeId);

    /// <summary>
    /// Creates the routine's blocks from this week on, in English or French (<paramref name="culture"/> "fr…" → French,
    /// anything else English), unless it was created before or meanwhile: the marker row's unique store id decides.
    /// </summary>
    Task<PlannerRoutineResult> CreateDefaultAsync(int storeId, string culture);
}
