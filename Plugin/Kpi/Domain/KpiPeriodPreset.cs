namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>The KPI page's periods. Stored nowhere: travels in the page's query string by name.</summary>
public enum KpiPeriodPreset
{
    Yesterday,
    Last7Days,
    Last28Days,
    ThisMonth,
    LastMonth,
    Custom
}
