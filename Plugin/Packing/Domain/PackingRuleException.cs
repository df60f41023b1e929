namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>
/// A packing rule refused an action. Carries the resource key of the message, so that services turn it into a
/// result the user reads in their language instead of an error page.
/// </summary>
public class PackingRuleException : Exception
{
    public PackingRuleException(string resourceKey) : base(resourceKey)
    {
        ResourceKey = resourceKey;
    }

    public string ResourceKey { get; }
}
