namespace Nop.Plugin.Misc.MerchantOps.Planner.Controllers;

/// <summary>Names of the shoot list screen (controller, views).</summary>
public static class PlannerShootListRoutes
{
    public const string Controller = "PlannerShootList";

    public const string ViewsPath = MerchantOpsDefaults.ViewsPath + "Planner/";
}
