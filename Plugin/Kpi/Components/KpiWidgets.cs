namespace Nop.Plugin.Misc.MerchantOps.Kpi.Components;

/// <summary>Where the KPI feature shows itself in nopCommerce's pages: its cards on the admin dashboard.</summary>
public static class KpiWidgets
{
    public static IEnumerable<(string Zone, Type Component)> Zones => [];
}
