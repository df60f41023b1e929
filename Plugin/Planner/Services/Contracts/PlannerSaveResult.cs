namespace Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

/// <summary>
/// The answer to a save: the block saved (for "this and following", the new block) and its new version, or the
/// key of the refusal (a rule, "changed meanwhile", not found). Nothing is saved when refused.
/// </summary>
public record PlannerSaveResult(bool Succeeded, string ResourceKey, int BlockId = 0, int Version = 0)
{
    public static PlannerSaveResult Refused(string resourceKey) => new(false, resourceKey);
}
