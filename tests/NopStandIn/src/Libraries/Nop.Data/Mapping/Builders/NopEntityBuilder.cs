using FluentMigrator.Builders.Create.Table;
using Nop.Core;

namespace Nop.Data.Mapping.Builders;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/NopEntityBuilder.cs
/// <summary>Column rules of one entity's table, applied by Create.TableFor before the automatic mapping.</summary>
public abstract partial class NopEntityBuilder<TEntity> : IEntityBuilder where TEntity : BaseEntity
{
    public abstract void MapEntity(CreateTableExpressionBuilder table);
}
