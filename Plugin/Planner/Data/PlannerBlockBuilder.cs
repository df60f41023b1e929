using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Data;

// No foreign keys to nopCommerce's tables (stores, customers, vendors): the plugin must never stop nopCommerce from
// deleting them; a block of a deleted store or assignee is simply not shown. Notes and Procedure are unbounded text
// columns (nopCommerce's default for a string), their limits checked in code: bounded, they would pass MySQL's row size.

public class PlannerBlockBuilder : NopEntityBuilder<PlannerBlock>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(PlannerBlock.Title)).AsString(PlannerLimits.MaxTitleLength).NotNullable()
            .WithColumn(nameof(PlannerBlock.Category)).AsString(PlannerLimits.MaxCategoryLength).Nullable()
            .WithColumn(nameof(PlannerBlock.StartLocal)).AsNopDateTime2().NotNullable()
            .WithColumn(nameof(PlannerBlock.LastStartLocal)).AsNopDateTime2().Nullable()
            .WithColumn(nameof(PlannerBlock.Colour)).AsString(PlannerLimits.ColourLength).NotNullable()
            .WithColumn(nameof(PlannerBlock.RecurrenceRule)).AsString(PlannerLimits.MaxRuleLength).Nullable()
            .WithColumn(nameof(PlannerBlock.Uid)).AsGuid().NotNullable()
            .WithColumn(nameof(PlannerBlock.AssigneeCustomerId)).AsInt32().Indexed()
            .WithColumn(nameof(PlannerBlock.CreatedOnUtc)).AsNopDateTime2()
            .WithColumn(nameof(PlannerBlock.UpdatedOnUtc)).AsNopDateTime2();
    }
}
