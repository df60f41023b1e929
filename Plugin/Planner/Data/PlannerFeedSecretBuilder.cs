using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Data;

public class PlannerFeedSecretBuilder : NopEntityBuilder<PlannerFeedSecret>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(PlannerFeedSecret.CustomerId)).AsInt32().NotNullable().Unique(PlannerTables.FeedCustomerIndex)
            .WithColumn(nameof(PlannerFeedSecret.FeedKey)).AsString(PlannerLimits.FeedKeyLength).NotNullable().Unique(PlannerTables.FeedKeyIndex)
            .WithColumn(nameof(PlannerFeedSecret.SecretHash)).AsString(PlannerLimits.FeedHashLength).NotNullable()
            .WithColumn(nameof(PlannerFeedSecret.CreatedOnUtc)).AsNopDateTime2();
    }
}
