using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

// No foreign keys to nopCommerce's tables: the plugin must never stop nopCommerce from deleting an order item
// (admin order editing does), and SQL Server refuses a second cascade path to the same table.

public class PackingBatchBuilder : NopEntityBuilder<PackingBatch>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table.WithColumn(nameof(PackingBatch.Name)).AsString(PackingLimits.MaxBatchNameLength).Nullable();
    }
}
