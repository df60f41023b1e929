namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Localization;

/// <summary>
/// nopCommerce shows a permission under the resource "Security.Permission.&lt;SystemName&gt;".
/// </summary>
public static class PermissionNameResource
{
    public const string Prefix = "Security.Permission.Misc.MerchantOps.";

    public static bool IsPluginPermissionName(string resourceName) =>
        resourceName?.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) == true;
}
