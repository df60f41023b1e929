using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Directory;

namespace Nop.Data.Mapping.Builders.Directory;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Directory/CountryBuilder.cs
public partial class CountryBuilder : NopEntityBuilder<Country>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(Country.Name)).AsString(100).NotNullable()
            .WithColumn(nameof(Country.TwoLetterIsoCode)).AsString(2).Nullable()
            .WithColumn(nameof(Country.ThreeLetterIsoCode)).AsString(3).Nullable();
    }
}
