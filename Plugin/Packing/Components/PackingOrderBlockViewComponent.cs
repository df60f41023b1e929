using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Packing.Controllers;
using Nop.Plugin.Misc.MerchantOps.Packing.Factories;
using Nop.Services.Security;
using Nop.Web.Areas.Admin.Models.Orders;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Components;

/// <summary>The packing card on nopCommerce's order page (zone admin_order_details_block, additionalData = OrderModel).</summary>
public class PackingOrderBlockViewComponent : NopViewComponent
{
    private readonly PackingOrderBlockModelFactory _modelFactory;
    private readonly IPermissionService _permissionService;

    public PackingOrderBlockViewComponent(PackingOrderBlockModelFactory modelFactory, IPermissionService permissionService)
    {
        _modelFactory = modelFactory;
        _permissionService = permissionService;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (additionalData is not OrderModel order || !await _permissionService.AuthorizeAsync(MerchantOpsDefaults.Permissions.Packing))
            return Content(string.Empty);

        return View(PackingRoutes.ViewsPath + "OrderBlock.cshtml", await _modelFactory.PrepareOrderBlockModelAsync(order.Id));
    }
}
