namespace Nop.Core.Domain.Customers;

// Real source: src/Libraries/Nop.Core/Domain/Customers/CustomerCustomerRoleMapping.cs
public partial class CustomerCustomerRoleMapping : BaseEntity
{
    public int CustomerId { get; set; }
    public int CustomerRoleId { get; set; }
}
