namespace Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

/// <summary>The default routine: created now (with its number of blocks) or already there (created earlier or meanwhile).</summary>
public record PlannerRoutineResult(bool Created, string ResourceKey, int BlockCount);
