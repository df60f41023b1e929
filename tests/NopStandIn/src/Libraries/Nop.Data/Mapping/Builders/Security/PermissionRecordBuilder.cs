using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Security;

namespace Nop.Data.Mapping.Builders.Security;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Security/PermissionRecordBuilder.cs
public partial class PermissionRecordBuilder : NopEntityBuilder<PermissionRecord>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(PermissionRecord.Name)).AsString(int.MaxValue).NotNullable()
            .WithColumn(nameof(PermissionRecord.SystemName)).AsString(255).NotNullable()
            .WithColumn(nameof(PermissionRecord.Category)).AsString(255).NotNullable();
    }
}
