using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Customers;

namespace Nop.Data.Mapping.Builders.Customers;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Customers/CustomerRoleBuilder.cs
public partial class CustomerRoleBuilder : NopEntityBuilder<CustomerRole>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(CustomerRole.Name)).AsString(255).NotNullable()
            .WithColumn(nameof(CustomerRole.SystemName)).AsString(255).Nullable();
    }
}
