using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Data;

public class FollowUpRuleBuilder : NopEntityBuilder<FollowUpRule>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(FollowUpRule.Name)).AsString(FollowUpLimits.MaxNameLength).NotNullable()
            .WithColumn(nameof(FollowUpRule.SeedKey)).AsString(50).Nullable()
            .WithColumn(nameof(FollowUpRule.ActivatedOnUtc)).AsNopDateTime2().Nullable()
            .WithColumn(nameof(FollowUpRule.CreatedOnUtc)).AsNopDateTime2()
            .WithColumn(nameof(FollowUpRule.UpdatedOnUtc)).AsNopDateTime2();
    }
}
