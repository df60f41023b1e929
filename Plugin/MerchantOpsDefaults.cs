namespace Nop.Plugin.Misc.MerchantOps;

/// <summary>Names, keys and prefixes of the plugin, in one place.</summary>
public static class MerchantOpsDefaults
{
    public const string SystemName = "Misc.MerchantOps";
}
