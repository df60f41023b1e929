using Nop.Data.Mapping;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

/// <summary>The KPI tables carry the plugin's prefix, so they never collide with nopCommerce's or another plugin's.</summary>
public class KpiNameCompatibility : INameCompatibility
{
    public Dictionary<Type, string> TableNames => new()
    {
        { typeof(KpiSalesDay), KpiTables.SalesDay },
        { typeof(KpiRollupProgress), KpiTables.RollupProgress },
        { typeof(KpiFunnelDay), KpiTables.FunnelDay },
        { typeof(KpiSourceDay), KpiTables.SourceDay }
    };

    public Dictionary<(Type, string), string> ColumnName => new();
}
