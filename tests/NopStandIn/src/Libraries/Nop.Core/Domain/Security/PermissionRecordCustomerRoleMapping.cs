namespace Nop.Core.Domain.Security;

// Real source: src/Libraries/Nop.Core/Domain/Security/PermissionRecordCustomerRoleMapping.cs
public partial class PermissionRecordCustomerRoleMapping : BaseEntity
{
    public int PermissionRecordId { get; set; }
    public int CustomerRoleId { get; set; }
}
