using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Security;
using Nop.Data.Extensions;

namespace Nop.Data.Mapping.Builders.Security;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Security/PermissionRecordCustomerRoleMappingBuilder.cs
public partial class PermissionRecordCustomerRoleMappingBuilder : NopEntityBuilder<PermissionRecordCustomerRoleMapping>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // keyed by its two foreign keys: no Id column
        table
            .WithColumn(NameCompatibilityManager.GetColumnName(typeof(PermissionRecordCustomerRoleMapping), nameof(PermissionRecordCustomerRoleMapping.PermissionRecordId)))
            .AsInt32().PrimaryKey().ForeignKey<PermissionRecord>()
            .WithColumn(NameCompatibilityManager.GetColumnName(typeof(PermissionRecordCustomerRoleMapping), nameof(PermissionRecordCustomerRoleMapping.CustomerRoleId)))
            .AsInt32().PrimaryKey().ForeignKey<CustomerRole>();
    }
}
