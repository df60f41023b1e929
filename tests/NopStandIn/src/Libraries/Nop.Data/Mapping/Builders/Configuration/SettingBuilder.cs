using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Configuration;

namespace Nop.Data.Mapping.Builders.Configuration;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Configuration/SettingBuilder.cs
public partial class SettingBuilder : NopEntityBuilder<Setting>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(Setting.Name)).AsString(200).NotNullable()
            .WithColumn(nameof(Setting.Value)).AsString(6000).NotNullable();
    }
}
