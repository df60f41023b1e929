using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Directory;
using Nop.Data.Extensions;

namespace Nop.Data.Mapping.Builders.Directory;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Directory/StateProvinceBuilder.cs
public partial class StateProvinceBuilder : NopEntityBuilder<StateProvince>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(StateProvince.Name)).AsString(100).NotNullable()
            .WithColumn(nameof(StateProvince.Abbreviation)).AsString(100).Nullable()
            .WithColumn(nameof(StateProvince.CountryId)).AsInt32().ForeignKey<Country>();
    }
}
