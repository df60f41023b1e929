using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Messages;

namespace Nop.Data.Mapping.Builders.Messages;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Messages/MessageTemplateBuilder.cs
public partial class MessageTemplateBuilder : NopEntityBuilder<MessageTemplate>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // EmailAccountId has no foreign key: it may be 0 (the default account)
        table
            .WithColumn(nameof(MessageTemplate.Name)).AsString(200).NotNullable()
            .WithColumn(nameof(MessageTemplate.BccEmailAddresses)).AsString(200).Nullable()
            .WithColumn(nameof(MessageTemplate.Subject)).AsString(1000).Nullable()
            .WithColumn(nameof(MessageTemplate.EmailAccountId)).AsInt32();
    }
}
