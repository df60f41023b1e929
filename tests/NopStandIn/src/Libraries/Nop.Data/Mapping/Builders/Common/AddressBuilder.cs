using System.Data;
using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Directory;
using Nop.Data.Extensions;

namespace Nop.Data.Mapping.Builders.Common;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Common/AddressBuilder.cs
public partial class AddressBuilder : NopEntityBuilder<Address>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // The store also has a foreign key to StateProvince; the stand-in creates that table but keeps an index only here.
        table
            .WithColumn(nameof(Address.CountryId)).AsInt32().Nullable().ForeignKey<Country>(onDelete: Rule.None)
            .WithColumn(nameof(Address.StateProvinceId)).AsInt32().Nullable().Indexed();
    }
}
