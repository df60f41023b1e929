namespace Nop.Plugin.Misc.MerchantOps.Replies.Controllers;

/// <summary>Names of the reply screens (controllers, views, the sidebar items).</summary>
public static class ReplyRoutes
{
    public const string LibraryController = "Replies";
    public const string CardController = "ReplyCard";

    /// <summary>Usage with "publish as FAQ" and the send log answer under the library's URLs (/Admin/Replies/Usage ...).</summary>
    public const string UsageController = "ReplyUsage";
    public const string SendLogController = "ReplySendLog";

    public const string ViewsPath = MerchantOpsDefaults.ViewsPath + "Replies/";
}
