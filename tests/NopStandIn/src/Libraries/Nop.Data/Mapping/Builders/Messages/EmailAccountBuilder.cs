using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Messages;

namespace Nop.Data.Mapping.Builders.Messages;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Messages/EmailAccountBuilder.cs
public partial class EmailAccountBuilder : NopEntityBuilder<EmailAccount>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(EmailAccount.DisplayName)).AsString(255).Nullable()
            .WithColumn(nameof(EmailAccount.Email)).AsString(255).NotNullable()
            .WithColumn(nameof(EmailAccount.Host)).AsString(255).NotNullable()
            .WithColumn(nameof(EmailAccount.Username)).AsString(255).NotNullable()
            .WithColumn(nameof(EmailAccount.Password)).AsString(255).NotNullable();
    }
}
