using Nop.Core.Caching;

namespace Nop.Plugin.Misc.MerchantOps;

/// <summary>Names, keys and prefixes of the plugin, in one place.</summary>
public static class MerchantOpsDefaults
{
    public const string SystemName = "Misc.MerchantOps";

    /// <summary>Every resource of the plugin starts with this; uninstall deletes by this prefix.</summary>
    public const string ResourcePrefix = "Plugins.Misc.MerchantOps.";

    /// <summary>Folder of the plugin's resource files, inside the plugin folder.</summary>
    public const string LocalizationFolder = "Localization";

    /// <summary>Views live in the plugin folder and are compiled by nopCommerce at run time.</summary>
    public const string ViewsPath = "~/Plugins/Misc.MerchantOps/Views/";

    public static class Menu
    {
        public const string Root = "MerchantOps";

        /// <summary>Merchant Ops → Packing (the queue); the packing screens mark it active.</summary>
        public const string Packing = "MerchantOps.Packing";

        public const string Configure = "MerchantOps.Configure";

        /// <summary>"Merchant Ops → Replies" and its pages.</summary>
        public const string Replies = "MerchantOps.Replies";
        public const string RepliesLibrary = "MerchantOps.Replies.Library";
        public const string RepliesUsage = "MerchantOps.Replies.Usage";
        public const string RepliesLog = "MerchantOps.Replies.Log";
        public const string RepliesFollowUps = "MerchantOps.Replies.FollowUps";

        /// <summary>"Merchant Ops → Planner" (the week page and the block form).</summary>
        public const string Planner = "MerchantOps.Planner";

        /// <summary>"Merchant Ops → Today" (yesterday, to do today, the funnel, today's agenda on one page).</summary>
        public const string Today = "MerchantOps.Today";

        /// <summary>"Merchant Ops → KPI" (periods, sources, journal, targets).</summary>
        public const string Kpi = "MerchantOps.Kpi";

        /// <summary>The stock node our node follows in the admin sidebar.</summary>
        public const string InsertAfter = "Sales";
    }

    /// <summary>Permission system names (also the keys of "Security.Permission.*" resources).</summary>
    public static class Permissions
    {
        public const string Packing = "Misc.MerchantOps.Packing";
        public const string PackingOverride = "Misc.MerchantOps.PackingOverride";
        public const string RepliesUse = "Misc.MerchantOps.RepliesUse";
        public const string RepliesManage = "Misc.MerchantOps.RepliesManage";
        public const string Planner = "Misc.MerchantOps.Planner";
        public const string Kpi = "Misc.MerchantOps.Kpi";
        public const string Configure = "Misc.MerchantOps.Configure";

        /// <summary>Category shown on nopCommerce's access-control page (split into "Merchant Ops").</summary>
        public const string Category = "MerchantOps";
    }

    public static class Packing
    {
        /// <summary>Prefix of the ready-to-pack counts, removed when the plugin claims or ships orders.</summary>
        public const string ReadyCountPrefix = "Nop.Plugin.Misc.MerchantOps.packing.readycount.";

        /// <summary>
        /// Orders ready to pack, per store ({0}, 0 = all) and vendor ({1}, 0 = none). One minute: the count shows on
        /// several admin pages and must never cost a query per page.
        /// </summary>
        public static CacheKey ReadyCountCacheKey => new(ReadyCountPrefix + "{0}-{1}") { CacheTime = 1 };
    }

    public static class Planner
    {
        /// <summary>Prefix of the planner's live counts.</summary>
        public const string LiveCountPrefix = "Nop.Plugin.Misc.MerchantOps.planner.livecount.";

        /// <summary>
        /// A live count of a binding ({0}), per store ({1}, 0 = all), vendor ({2}, 0 = none) and day ({3}: yesterday's
        /// date for yesterday's figures, so the key changes at the store's midnight; 0 otherwise). One minute: the counts
        /// show on the week view and the dashboard, and are shown with the time they were counted.
        /// </summary>
        public static CacheKey LiveCountCacheKey => new(LiveCountPrefix + "{0}-{1}-{2}-{3}") { CacheTime = 1 };
    }
}
