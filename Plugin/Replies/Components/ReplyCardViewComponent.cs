using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Replies.Controllers;
using Nop.Plugin.Misc.MerchantOps.Replies.Factories;
using Nop.Services.Security;
using Nop.Web.Areas.Admin.Models.Customers;
using Nop.Web.Areas.Admin.Models.Orders;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Components;

/// <summary>
/// The replies card: on nopCommerce's order page (zone admin_order_details_block, additionalData = OrderModel, through
/// the plugin's order-block component) and customer page (zone admin_customer_details_block, additionalData =
/// CustomerModel; nothing on the "add a new customer" page).
/// </summary>
public class ReplyCardViewComponent : NopViewComponent
{
    private readonly ReplyCardModelFactory _modelFactory;
    private readonly IPermissionService _permissionService;

    public ReplyCardViewComponent(ReplyCardModelFactory modelFactory, IPermissionService permissionService)
    {
        _modelFactory = modelFactory;
        _permissionService = permissionService;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        var (orderId, customerId) = additionalData switch
        {
            OrderModel order => (order.Id, 0),
            CustomerModel customer => (0, customer.Id),
            _ => (0, 0)
        };
        if (orderId <= 0 && customerId <= 0)
            return Content(string.Empty);
        if (!await _permissionService.AuthorizeAsync(MerchantOpsDefaults.Permissions.RepliesUse))
            return Content(string.Empty);

        var model = await _modelFactory.PrepareCardAsync(orderId, customerId);
        return model == null ? Content(string.Empty) : View(ReplyRoutes.ViewsPath + "Card.cshtml", model);
    }
}
