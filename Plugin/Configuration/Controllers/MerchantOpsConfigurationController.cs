using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Configuration.Factories;
using Nop.Plugin.Misc.MerchantOps.Configuration.Models;
using Nop.Plugin.Misc.MerchantOps.Configuration.Services;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Configuration.Controllers;

[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class MerchantOpsConfigurationController : BasePluginController
{
    private const string ConfigureView = ViewsPath + "Configuration/Configure.cshtml";

    private readonly ILocalizationService _localizationService;
    private readonly ConfigurationModelFactory _modelFactory;
    private readonly INotificationService _notificationService;
    private readonly SettingsSaver _settingsSaver;

    public MerchantOpsConfigurationController(ILocalizationService localizationService,
        ConfigurationModelFactory modelFactory,
        INotificationService notificationService,
        SettingsSaver settingsSaver)
    {
        _localizationService = localizationService;
        _modelFactory = modelFactory;
        _notificationService = notificationService;
        _settingsSaver = settingsSaver;
    }

    [HttpGet]
    [CheckPermission(Permissions.Configure)]
    public async Task<IActionResult> Configure() =>
        View(ConfigureView, await _modelFactory.PrepareConfigurationModelAsync());

    [HttpPost]
    [CheckPermission(Permissions.Configure)]
    public async Task<IActionResult> Configure(ConfigurationModel model)
    {
        // A retention that is not a whole number (letters, or beyond what a number holds) gets the plugin's own message,
        // in the admin's language, rather than the framework's English "The value ... is not valid".
        if (ModelState.TryGetValue(nameof(ConfigurationModel.KpiVisitRetentionDays), out var retention) && retention.Errors.Count > 0)
        {
            retention.Errors.Clear();
            model.KpiVisitRetentionDays = 0;
        }

        foreach (var problem in _settingsSaver.Check(model))
            ModelState.AddModelError(problem.PropertyName, await _localizationService.GetResourceAsync(problem.ResourceKey));

        if (!ModelState.IsValid)
        {
            _notificationService.ErrorNotification(await _localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Configuration.NotSaved"));
            return View(ConfigureView, await _modelFactory.PrepareConfigurationModelAsync(model));
        }

        await _settingsSaver.SaveAsync(model);
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Configuration.Saved"));
        return RedirectToAction(nameof(Configure));
    }
}
