namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;

/// <summary>The outcome of a journal or target write, with the message key to show.</summary>
public sealed record KpiPageResult(bool Succeeded, string ResourceKey)
{
    public static KpiPageResult Done(string resourceKey) => new(true, resourceKey);

    public static KpiPageResult Refused(string resourceKey) => new(false, resourceKey);
}
