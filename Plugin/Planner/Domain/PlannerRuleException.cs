namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>
/// A planner rule refused a value or an action. Carries the resource key of the message, so services turn it into
/// a result the user reads in their language instead of an error page.
/// </summary>
public class PlannerRuleException : Exception
{
    public PlannerRuleException(string resourceKey) : base(resourceKey)
    {
        ResourceKey = resourceKey;
    }

    public string ResourceKey { get; }
}
