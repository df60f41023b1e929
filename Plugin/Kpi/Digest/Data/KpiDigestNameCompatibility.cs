using Nop.Data.Mapping;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Data;

/// <summary>The digest's table carries the plugin's prefix.</summary>
public class KpiDigestNameCompatibility : INameCompatibility
{
    public Dictionary<Type, string> TableNames => new() { { typeof(KpiDigestSend), KpiDigestTables.DigestSend } };

    public Dictionary<(Type, string), string> ColumnName => new();
}
