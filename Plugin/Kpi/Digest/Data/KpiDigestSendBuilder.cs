using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Data;

public class KpiDigestSendBuilder : NopEntityBuilder<KpiDigestSend>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(KpiDigestSend.ClaimToken)).AsGuid().Nullable()
            .WithColumn(nameof(KpiDigestSend.ClaimExpiresOnUtc)).AsNopDateTime2().Nullable()
            .WithColumn(nameof(KpiDigestSend.QueuedEmailId)).AsInt32().Nullable()
            .WithColumn(nameof(KpiDigestSend.QueuedOnUtc)).AsNopDateTime2().Nullable()
            .WithColumn(nameof(KpiDigestSend.CreatedOnUtc)).AsNopDateTime2();
    }
}
