using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Topics;

namespace Nop.Data.Mapping.Builders.Topics;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Topics/TopicBuilder.cs
public partial class TopicBuilder : NopEntityBuilder<Topic>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table.WithColumn(nameof(Topic.SystemName)).AsString(400).Nullable();
    }
}
