using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Messages;
using Nop.Data.Extensions;

namespace Nop.Data.Mapping.Builders.Messages;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Messages/QueuedEmailBuilder.cs
public partial class QueuedEmailBuilder : NopEntityBuilder<QueuedEmail>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(QueuedEmail.From)).AsString(500).NotNullable()
            .WithColumn(nameof(QueuedEmail.FromName)).AsString(500).Nullable()
            .WithColumn(nameof(QueuedEmail.To)).AsString(500).NotNullable()
            .WithColumn(nameof(QueuedEmail.ToName)).AsString(500).Nullable()
            .WithColumn(nameof(QueuedEmail.ReplyTo)).AsString(500).Nullable()
            .WithColumn(nameof(QueuedEmail.ReplyToName)).AsString(500).Nullable()
            .WithColumn(nameof(QueuedEmail.CC)).AsString(500).Nullable()
            .WithColumn(nameof(QueuedEmail.Bcc)).AsString(500).Nullable()
            .WithColumn(nameof(QueuedEmail.Subject)).AsString(1000).Nullable()
            .WithColumn(nameof(QueuedEmail.EmailAccountId)).AsInt32().ForeignKey<EmailAccount>();
    }
}
