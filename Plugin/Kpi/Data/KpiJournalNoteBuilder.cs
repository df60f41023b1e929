using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

// No foreign keys to nopCommerce's tables (stores, customers): the plugin must never stop nopCommerce from deleting them.

public class KpiJournalNoteBuilder : NopEntityBuilder<KpiJournalNote>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(KpiJournalNote.StoreId)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiJournalNote.LocalDay)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiJournalNote.Text)).AsString(KpiPageLimits.NoteLength).NotNullable()
            .WithColumn(nameof(KpiJournalNote.Version)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiJournalNote.CreatedByCustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiJournalNote.CreatedOnUtc)).AsNopDateTime2()
            .WithColumn(nameof(KpiJournalNote.UpdatedOnUtc)).AsNopDateTime2();
    }
}

public class KpiRevenueTargetBuilder : NopEntityBuilder<KpiRevenueTarget>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(KpiRevenueTarget.StoreId)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiRevenueTarget.WeeklyRevenue)).AsDecimal(18, KpiLimits.AmountDecimals).NotNullable()
            .WithColumn(nameof(KpiRevenueTarget.MonthlyRevenue)).AsDecimal(18, KpiLimits.AmountDecimals).NotNullable()
            .WithColumn(nameof(KpiRevenueTarget.UpdatedByCustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiRevenueTarget.UpdatedOnUtc)).AsNopDateTime2();
    }
}
