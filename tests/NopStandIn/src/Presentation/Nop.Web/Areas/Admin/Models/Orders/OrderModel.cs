using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Web.Areas.Admin.Models.Orders;

// Real source: src/Presentation/Nop.Web/Areas/Admin/Models/Orders/OrderModel.cs (subset)
/// <summary>The admin order page's model; additionalData of the order-details widget zones.</summary>
public partial record OrderModel : BaseNopEntityModel
{
    public bool IsLoggedInAsVendor { get; set; }

    public override int Id { get; set; }

    [NopResourceDisplayName("Admin.Orders.Fields.OrderGuid")]
    public Guid OrderGuid { get; set; }

    [NopResourceDisplayName("Admin.Orders.Fields.CustomOrderNumber")]
    public string CustomOrderNumber { get; set; }

    public int CustomerId { get; set; }

    [NopResourceDisplayName("Admin.Orders.Fields.CustomerEmail")]
    public string CustomerEmail { get; set; }

    /// <summary>Localized status text.</summary>
    [NopResourceDisplayName("Admin.Orders.Fields.OrderStatus")]
    public string OrderStatus { get; set; }

    [NopResourceDisplayName("Admin.Orders.Fields.OrderStatus")]
    public int OrderStatusId { get; set; }

    [NopResourceDisplayName("Admin.Orders.Fields.PaymentStatus")]
    public string PaymentStatus { get; set; }

    [NopResourceDisplayName("Admin.Orders.Fields.PaymentStatus")]
    public int PaymentStatusId { get; set; }

    [NopResourceDisplayName("Admin.Orders.Fields.ShippingStatus")]
    public string ShippingStatus { get; set; }

    [NopResourceDisplayName("Admin.Orders.Fields.ShippingStatus")]
    public int ShippingStatusId { get; set; }
}
