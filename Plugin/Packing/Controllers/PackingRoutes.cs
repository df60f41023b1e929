namespace Nop.Plugin.Misc.MerchantOps.Packing.Controllers;

/// <summary>Names of the packing screens (controllers, views). The sidebar item is MerchantOpsDefaults.Menu.Packing.</summary>
public static class PackingRoutes
{
    public const string QueueController = "Packing";
    public const string BatchController = "PackingBatch";
    public const string PrintController = "PackingPrint";
    public const string ScreenController = "PackingScreen";

    public const string ViewsPath = MerchantOpsDefaults.ViewsPath + "Packing/";
}
