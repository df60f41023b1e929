using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Factories;

/// <summary>Placeholder until the live counts land: no binding has a count yet.</summary>
public class PlannerLiveCountModelFactory : IPlannerLiveCountModelFactory
{
    public Task<IReadOnlyDictionary<PlannerLiveBinding, PlannerLiveCountModel>> PrepareAsync(int storeId, IReadOnlyCollection<PlannerLiveBinding> bindings) =>
        Task.FromResult<IReadOnlyDictionary<PlannerLiveBinding, PlannerLiveCountModel>>(new Dictionary<PlannerLiveBinding, PlannerLiveCountModel>());
}
