namespace Nop.Plugin.Misc.MerchantOps.Replies.Controllers;

/// <summary>Names of the reply screens (controllers, views, the sidebar items).</summary>
public static class ReplyRoutes
{
    public const string LibraryController = "Replies";
    public const string CardController = "ReplyCard";

    public const string ViewsPath = MerchantOpsDefaults.ViewsPath + "Replies/";
}
