namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps;

/// <summary>Names of the follow-up screens.</summary>
public static class FollowUpRoutes
{
    /// <summary>The admin page: rules, dry run, results (/Admin/FollowUps/…).</summary>
    public const string AdminController = "FollowUps";

    /// <summary>The customer's side, without logging in: tracked links and the unsubscribe page.</summary>
    public const string PublicController = "MerchantOpsFollowUp";

    public const string ViewsPath = MerchantOpsDefaults.ViewsPath + "FollowUps/";
}
