using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Security;

namespace Nop.Data.Mapping;

// Real source: src/Libraries/Nop.Data/Mapping/BaseNameCompatibility.cs (only the entities the stand-in has)
public partial class BaseNameCompatibility : INameCompatibility
{
    public Dictionary<Type, string> TableNames => new()
    {
        { typeof(ProductPicture), "Product_Picture_Mapping" },
        { typeof(CustomerCustomerRoleMapping), "Customer_CustomerRole_Mapping" },
        { typeof(PermissionRecordCustomerRoleMapping), "PermissionRecord_Role_Mapping" }
    };

    public Dictionary<(Type, string), string> ColumnName => new()
    {
        { (typeof(Customer), nameof(Customer.BillingAddressId)), "BillingAddress_Id" },
        { (typeof(Customer), nameof(Customer.ShippingAddressId)), "ShippingAddress_Id" },
        { (typeof(CustomerCustomerRoleMapping), nameof(CustomerCustomerRoleMapping.CustomerId)), "Customer_Id" },
        { (typeof(CustomerCustomerRoleMapping), nameof(CustomerCustomerRoleMapping.CustomerRoleId)), "CustomerRole_Id" },
        { (typeof(PermissionRecordCustomerRoleMapping), nameof(PermissionRecordCustomerRoleMapping.PermissionRecordId)), "PermissionRecord_Id" },
        { (typeof(PermissionRecordCustomerRoleMapping), nameof(PermissionRecordCustomerRoleMapping.CustomerRoleId)), "CustomerRole_Id" }
    };
}
