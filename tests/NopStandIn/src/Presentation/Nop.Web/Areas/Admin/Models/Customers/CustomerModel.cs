using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Web.Areas.Admin.Models.Customers;

// Real source: src/Presentation/Nop.Web/Areas/Admin/Models/Customers/CustomerModel.cs (subset)
/// <summary>The admin customer page's model; additionalData of the customer-details widget zones.</summary>
public partial record CustomerModel : BaseNopEntityModel
{
    [NopResourceDisplayName("Admin.Customers.Customers.Fields.Username")]
    public string Username { get; set; }

    [NopResourceDisplayName("Admin.Customers.Customers.Fields.Email")]
    public string Email { get; set; }

    public int VendorId { get; set; }

    [NopResourceDisplayName("Admin.Customers.Customers.Fields.FullName")]
    public string FullName { get; set; }
}
