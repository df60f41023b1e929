using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework.Controllers;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Controllers;

/// <summary>What every packing controller does when the services answer "no such batch".</summary>
public abstract class PackingControllerBase : BasePluginController
{
    /// <summary>
    /// A vendor is refused without learning whether the batch exists (the services answer the same for another
    /// vendor's batch); the shop's staff are told it was not found and sent back to the list.
    /// </summary>
    protected async Task<IActionResult> BatchNotVisibleAsync(IWorkContext workContext, ILocalizationService localizationService,
        INotificationService notificationService)
    {
        if (await workContext.GetCurrentVendorAsync() != null)
            return AccessDeniedView();

        notificationService.ErrorNotification(await localizationService.GetResourceAsync(Domain.PackingResourceKeys.Batch.NotFound));
        return RedirectToAction("List", PackingRoutes.BatchController);
    }
}
