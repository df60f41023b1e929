using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

/// <summary>The outcome of an action: whether it was done, and the resource key of the message to show.</summary>
public sealed record PackingResult(bool Succeeded, string ResourceKey)
{
    public static PackingResult Done(string resourceKey) => new(true, resourceKey);

    public static PackingResult Refused(string resourceKey) => new(false, resourceKey);
}
