using FluentMigrator.Builders.Create.Table;

namespace Nop.Data.Mapping.Builders;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/IEntityBuilder.cs
public partial interface IEntityBuilder
{
    void MapEntity(CreateTableExpressionBuilder table);
}
