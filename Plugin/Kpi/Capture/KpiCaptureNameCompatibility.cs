using Nop.Data.Mapping;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

/// <summary>The capture's raw table carries the plugin's prefix, as the other KPI tables.</summary>
public class KpiCaptureNameCompatibility : INameCompatibility
{
    public Dictionary<Type, string> TableNames => new()
    {
        { typeof(KpiVisit), KpiCaptureTables.Visit }
    };

    public Dictionary<(Type, string), string> ColumnName => new();
}
