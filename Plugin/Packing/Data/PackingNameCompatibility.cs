using Nop.Data.Mapping;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

/// <summary>The packing tables carry the plugin's prefix, so they never collide with nopCommerce's or another plugin's.</summary>
public class PackingNameCompatibility : INameCompatibility
{
    public Dictionary<Type, string> TableNames => new()
    {
        { typeof(PackingBatch), PackingTables.Batch },
        { typeof(PackingBatchOrder), PackingTables.BatchOrder },
        { typeof(PackingBatchItem), PackingTables.BatchItem },
        { typeof(PackingEvent), PackingTables.Event }
    };

    public Dictionary<(Type, string), string> ColumnName => new();
}
