namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>The KPI page's message keys (results of the journal's and targets' writes).</summary>
public static class KpiPageResourceKeys
{
    public static class Journal
    {
        public const string Added = "Plugins.Misc.MerchantOps.Kpi.Page.Journal.Added";
        public const string Saved = "Plugins.Misc.MerchantOps.Kpi.Page.Journal.Saved";
        public const string Deleted = "Plugins.Misc.MerchantOps.Kpi.Page.Journal.Deleted";
        public const string TextRequired = "Plugins.Misc.MerchantOps.Kpi.Page.Journal.TextRequired";
        public const string TextTooLong = "Plugins.Misc.MerchantOps.Kpi.Page.Journal.TextTooLong";
        public const string BadDay = "Plugins.Misc.MerchantOps.Kpi.Page.Journal.BadDay";
        public const string ChangedMeanwhile = "Plugins.Misc.MerchantOps.Kpi.Page.Journal.ChangedMeanwhile";
        public const string NotFound = "Plugins.Misc.MerchantOps.Kpi.Page.Journal.NotFound";
        public const string NotForVendors = "Plugins.Misc.MerchantOps.Kpi.Page.Journal.NotForVendors";
    }

    public static class Targets
    {
        public const string Saved = "Plugins.Misc.MerchantOps.Kpi.Page.Targets.Saved";
        public const string Invalid = "Plugins.Misc.MerchantOps.Kpi.Page.Targets.Invalid";
        public const string NotForVendors = "Plugins.Misc.MerchantOps.Kpi.Page.Targets.NotForVendors";
    }
}
