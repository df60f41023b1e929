namespace Nop.Plugin.Misc.MerchantOps.Packing.Controllers;

/// <summary>Names of the packing screens (controllers, views, the sidebar item).</summary>
public static class PackingRoutes
{
    /// <summary>System name of "Merchant Ops → Packing" in the admin sidebar.</summary>
    public const string MenuSystemName = "MerchantOps.Packing";

    public const string QueueController = "Packing";
    public const string BatchController = "PackingBatch";
    public const string PrintController = "PackingPrint";
    public const string ScreenController = "PackingScreen";

    public const string ViewsPath = MerchantOpsDefaults.ViewsPath + "Packing/";
}
