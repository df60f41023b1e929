using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Customers;
using Nop.Data.Extensions;

namespace Nop.Data.Mapping.Builders.Customers;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Customers/CustomerCustomerRoleMappingBuilder.cs
public partial class CustomerCustomerRoleMappingBuilder : NopEntityBuilder<CustomerCustomerRoleMapping>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // keyed by its two foreign keys: no Id column
        table
            .WithColumn(NameCompatibilityManager.GetColumnName(typeof(CustomerCustomerRoleMapping), nameof(CustomerCustomerRoleMapping.CustomerId)))
            .AsInt32().ForeignKey<Customer>().PrimaryKey()
            .WithColumn(NameCompatibilityManager.GetColumnName(typeof(CustomerCustomerRoleMapping), nameof(CustomerCustomerRoleMapping.CustomerRoleId)))
            .AsInt32().ForeignKey<CustomerRole>().PrimaryKey();
    }
}
