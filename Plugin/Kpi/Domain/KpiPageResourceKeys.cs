namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>The KPI page's message keys (results of the journal's and targets' writes).</summary>
public static class KpiPageResourceKeys
{
    private const string Prefix = "Plugins.Misc.MerchantOps.Kpi.Page.";

    public static class Journal
    {
        public const string Added = Prefix + "Journal.Added";
        public const string Saved = Prefix + "Journal.Saved";
        public const string Deleted = Prefix + "Journal.Deleted";
        public const string TextRequired = Prefix + "Journal.TextRequired";
        public const string TextTooLong = Prefix + "Journal.TextTooLong";
        public const string BadDay = Prefix + "Journal.BadDay";
        public const string ChangedMeanwhile = Prefix + "Journal.ChangedMeanwhile";
        public const string NotFound = Prefix + "Journal.NotFound";
        public const string NotForVendors = Prefix + "Journal.NotForVendors";
    }

    public static class Targets
    {
        public const string Saved = Prefix + "Targets.Saved";
        public const string Invalid = Prefix + "Targets.Invalid";
        public const string NotForVendors = Prefix + "Targets.NotForVendors";
    }
}
