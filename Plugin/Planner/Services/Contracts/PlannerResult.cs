namespace Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

/// <summary>The answer to an action: done or refused, with the key of the message either way.</summary>
public record PlannerResult(bool Succeeded, string ResourceKey)
{
    public static PlannerResult Done(string resourceKey) => new(true, resourceKey);

    public static PlannerResult Refused(string resourceKey) => new(false, resourceKey);
}
