using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Data;

public class FollowUpSendBuilder : NopEntityBuilder<FollowUpSend>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(FollowUpSend.TargetVersion)).AsInt64().NotNullable()
            .WithColumn(nameof(FollowUpSend.SendKey)).AsGuid().NotNullable()
            .WithColumn(nameof(FollowUpSend.ClaimToken)).AsGuid().Nullable()
            .WithColumn(nameof(FollowUpSend.ClaimExpiresOnUtc)).AsNopDateTime2().Nullable()
            .WithColumn(nameof(FollowUpSend.ReplySendId)).AsInt32().Nullable()
            .WithColumn(nameof(FollowUpSend.QueuedEmailId)).AsInt32().Nullable()
            .WithColumn(nameof(FollowUpSend.SkipReason)).AsString(200).Nullable()
            .WithColumn(nameof(FollowUpSend.ClickToken)).AsGuid().NotNullable()
            .WithColumn(nameof(FollowUpSend.ClickedOnUtc)).AsNopDateTime2().Nullable()
            .WithColumn(nameof(FollowUpSend.CreatedOnUtc)).AsNopDateTime2()
            .WithColumn(nameof(FollowUpSend.SentOnUtc)).AsNopDateTime2().Nullable();
    }
}
