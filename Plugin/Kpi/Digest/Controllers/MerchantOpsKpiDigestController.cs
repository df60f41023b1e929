using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Services;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Controllers;

/// <summary>
/// "Send a test digest to me now" on the configure page: the digest of the active store scope (else the current store)
/// to the signed-in admin's own address, queued without a claim, so it never counts as the week's digest.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class MerchantOpsKpiDigestController : BasePluginController
{
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly KpiDigestSender _sender;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;

    public MerchantOpsKpiDigestController(ILocalizationService localizationService,
        INotificationService notificationService,
        KpiDigestSender sender,
        IStoreContext storeContext,
        IWorkContext workContext)
    {
        _localizationService = localizationService;
        _notificationService = notificationService;
        _sender = sender;
        _storeContext = storeContext;
        _workContext = workContext;
    }

    [HttpPost]
    [CheckPermission(new[] { Permissions.Configure, Permissions.Kpi })]
    public async Task<IActionResult> SendTest()
    {
        var storeId = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        if (storeId == 0)
            storeId = (await _storeContext.GetCurrentStoreAsync()).Id;
        var email = (await _workContext.GetCurrentCustomerAsync())?.Email;

        if (await _sender.SendTestAsync(storeId, email) == KpiDigestOutcome.TestQueued)
            _notificationService.SuccessNotification(string.Format(
                await _localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Configuration.KpiDigest.TestQueued"), email));
        else
            _notificationService.ErrorNotification(await _localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Configuration.KpiDigest.TestNoRecipient"));

        return RedirectToAction("Configure", "MerchantOpsConfiguration");
    }
}
