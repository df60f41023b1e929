using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Factories;

/// <summary>
/// Live counts of the store data blocks are bound to, one per binding asked for (each counted once per request, for
/// the current user's store and vendor scope). Bindings that are None, or that the actor may not see, are absent.
/// </summary>
public interface IPlannerLiveCountModelFactory
{
    Task<IReadOnlyDictionary<PlannerLiveBinding, PlannerLiveCountModel>> PrepareAsync(int storeId, IReadOnlyCollection<PlannerLiveBinding> bindings);
}
