using Nop.Data.Mapping;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

/// <summary>The KPI page's tables carry the plugin's prefix, so they never collide with nopCommerce's or another plugin's.</summary>
public class KpiPageNameCompatibility : INameCompatibility
{
    public Dictionary<Type, string> TableNames => new()
    {
        { typeof(KpiJournalNote), KpiPageTables.JournalNote },
        { typeof(KpiRevenueTarget), KpiPageTables.RevenueTarget }
    };

    public Dictionary<(Type, string), string> ColumnName => new();
}
