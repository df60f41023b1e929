using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Logging;

namespace Nop.Data.Mapping.Builders.Logging;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Logging/ActivityLogTypeBuilder.cs
public partial class ActivityLogTypeBuilder : NopEntityBuilder<ActivityLogType>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(ActivityLogType.SystemKeyword)).AsString(100).NotNullable()
            .WithColumn(nameof(ActivityLogType.Name)).AsString(200).NotNullable();
    }
}
