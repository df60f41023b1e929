using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Data;

public class FollowUpOptOutBuilder : NopEntityBuilder<FollowUpOptOut>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table.WithColumn(nameof(FollowUpOptOut.CreatedOnUtc)).AsNopDateTime2();
    }
}
