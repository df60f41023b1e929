using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Replies.Factories;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Factories;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Models;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain.FollowUpScreenKeys;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Controllers;

/// <summary>
/// Merchant Ops → Replies → Follow-ups (/Admin/FollowUps/…): the rules with their results, the safety settings, the rule
/// form, the dry run with a sample and "send a test to me", and a rule's recent follow-ups. Everything needs Replies
/// (manage); rules are store-wide, so a vendor is refused every page.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class FollowUpsController : BasePluginController
{
    private const string ListView = FollowUpRoutes.ViewsPath + "List.cshtml";
    private const string EditView = FollowUpRoutes.ViewsPath + "Edit.cshtml";

    private readonly ReplyDisplay _display;
    private readonly FollowUpModelFactory _modelFactory;
    private readonly INotificationService _notificationService;
    private readonly IFollowUpRuleService _ruleService;
    private readonly FollowUpSafetySettings _safety;
    private readonly IFollowUpSender _sender;
    private readonly IWorkContext _workContext;

    public FollowUpsController(ReplyDisplay display, FollowUpModelFactory modelFactory, INotificationService notificationService,
        IFollowUpRuleService ruleService, FollowUpSafetySettings safety, IFollowUpSender sender, IWorkContext workContext)
    {
        _display = display;
        _modelFactory = modelFactory;
        _notificationService = notificationService;
        _ruleService = ruleService;
        _safety = safety;
        _sender = sender;
        _workContext = workContext;
    }

    [HttpGet]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> List()
    {
        if (await IsVendorAsync())
            return AccessDeniedView();

        return View(ListView, await _modelFactory.PrepareListModelAsync());
    }

    [HttpPost]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> Safety([Bind(Prefix = nameof(FollowUpListModel.Safety))] FollowUpSafetyModel model)
    {
        if (await IsVendorAsync())
            return AccessDeniedView();

        // A number that is not one gets the plugin's range message in the admin's language, not the framework's English.
        foreach (var property in new[] { nameof(model.FollowUpMaxPerCustomer), nameof(model.FollowUpCapDays), nameof(model.FollowUpQuietFromHour), nameof(model.FollowUpQuietToHour) })
            ModelState.Remove(nameof(FollowUpListModel.Safety) + "." + property);
        if (!ModelState.IsValid)
            ModelState.Clear();

        var problems = FollowUpSafetySettings.Check(model);
        if (problems.Count > 0)
        {
            foreach (var (property, key, args) in problems)
                ModelState.AddModelError(nameof(FollowUpListModel.Safety) + "." + property, await _display.FormatAsync(key, args));
            _notificationService.ErrorNotification(await _display.TextAsync(Keys.Settings.NotSaved));
            var list = await _modelFactory.PrepareListModelAsync(model with { ActiveStoreScopeConfiguration = (await _safety.PrepareAsync()).ActiveStoreScopeConfiguration });
            return View(ListView, list);
        }

        await _safety.SaveAsync(model);
        _notificationService.SuccessNotification(await _display.TextAsync(Keys.Settings.Saved));
        return RedirectToAction(nameof(List));
    }

    [HttpGet]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> Create()
    {
        if (await IsVendorAsync())
            return AccessDeniedView();

        return View(EditView, await _modelFactory.PrepareEditModelAsync(null));
    }

    [HttpPost]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> Create(FollowUpRuleEditModel model)
    {
        model.Id = 0;
        return await SaveAsync(model);
    }

    [HttpGet]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> Edit(int id)
    {
        if (await IsVendorAsync())
            return AccessDeniedView();

        var rule = await _ruleService.GetAsync(id);
        if (rule == null)
            return await NotFoundAsync();

        return View(EditView, await _modelFactory.PrepareEditModelAsync(rule));
    }

    [HttpPost]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> Edit(FollowUpRuleEditModel model)
    {
        if (model.Id <= 0)
            return await NotFoundAsync();

        return await SaveAsync(model);
    }

    [HttpPost]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> Delete(int id)
    {
        var result = await _ruleService.DeleteAsync(id);
        return await AnswerAsync(result, Keys.Page.Deleted, nameof(List));
    }

    [HttpPost]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> Activate(int id) =>
        await AnswerAsync(await _ruleService.SetActiveAsync(id, true), Keys.Page.Activated, nameof(List));

    [HttpPost]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> Deactivate(int id) =>
        await AnswerAsync(await _ruleService.SetActiveAsync(id, false), Keys.Page.Deactivated, nameof(List));

    [HttpGet]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> DryRun(int id)
    {
        if (await IsVendorAsync())
            return AccessDeniedView();

        var rule = await _ruleService.GetAsync(id);
        if (rule == null)
            return await NotFoundAsync();

        return View(FollowUpRoutes.ViewsPath + "DryRun.cshtml", await _modelFactory.PrepareDryRunModelAsync(rule));
    }

    /// <summary>The dry run's sample, queued to the signed-in person's own address (never counted as sent to the customer).</summary>
    [HttpPost]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> SendTest(int id)
    {
        if (await IsVendorAsync())
            return AccessDeniedView();

        var rule = await _ruleService.GetAsync(id);
        if (rule == null)
            return await NotFoundAsync();

        var email = (await _workContext.GetCurrentCustomerAsync())?.Email;
        var (_, sample) = await _modelFactory.FindAsync(rule);
        if (string.IsNullOrWhiteSpace(email))
            _notificationService.ErrorNotification(await _display.TextAsync(Keys.DryRun.TestNoEmail));
        else if (sample == null)
            _notificationService.WarningNotification(await _display.TextAsync(Keys.DryRun.TestNoSample));
        else
        {
            var message = await _sender.SendTestAsync(rule, sample, email);
            if (message == null || message.SkipReason != null)
                _notificationService.ErrorNotification(await _display.FormatAsync(Keys.DryRun.TestNotSent,
                    message?.SkipReason == null ? string.Empty : await _display.TextAsync(message.SkipReason)));
            else
                _notificationService.SuccessNotification(await _display.FormatAsync(Keys.DryRun.TestSent, email));
        }

        return RedirectToAction(nameof(DryRun), new { id });
    }

    [HttpGet]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> Sends(int id, int page = 0)
    {
        if (await IsVendorAsync())
            return AccessDeniedView();

        var rule = await _ruleService.GetAsync(id);
        if (rule == null)
            return await NotFoundAsync();

        return View(FollowUpRoutes.ViewsPath + "Sends.cshtml", await _modelFactory.PrepareSendsModelAsync(rule, page));
    }

    private async Task<IActionResult> SaveAsync(FollowUpRuleEditModel model)
    {
        if (await IsVendorAsync())
            return AccessDeniedView();

        // Numbers the binder could not read are checked by the service (its range message, in the admin's language).
        foreach (var property in new[] { nameof(model.Delay), nameof(model.MaxReminders), nameof(model.ConversionDays), nameof(model.TriggerId), nameof(model.ReplyId), nameof(model.StoreId) })
            ModelState.Remove(property);

        var result = await _ruleService.SaveAsync(FollowUpModelFactory.ToInput(model));
        if (result.AccessDenied)
            return AccessDeniedView();
        if (result.NotFound)
            return await NotFoundAsync();

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(FieldKey(error.Field), await _display.FormatAsync(error.ResourceKey, error.Args ?? []));
            if (result.ResourceKey != null)
                ModelState.AddModelError(string.Empty, await _display.TextAsync(result.ResourceKey));
            _notificationService.ErrorNotification(await _display.TextAsync(Keys.Rule.NotSaved));
            return View(EditView, await _modelFactory.PrepareEditListsAsync(model));
        }

        _notificationService.SuccessNotification(await _display.TextAsync(Keys.Page.Saved));
        return RedirectToAction(nameof(Edit), new { id = result.RuleId });
    }

    private async Task<IActionResult> AnswerAsync(FollowUpRuleResult result, string successKey, string action)
    {
        if (result.AccessDenied)
            return AccessDeniedView();
        if (result.NotFound)
            return await NotFoundAsync();

        if (result.Succeeded)
            _notificationService.SuccessNotification(await _display.TextAsync(successKey));
        else
            _notificationService.ErrorNotification(await _display.TextAsync(result.ResourceKey ?? Keys.Rule.NotSaved));
        return RedirectToAction(action);
    }

    /// <summary>The form field a service error belongs to ("" for the whole form).</summary>
    private static string FieldKey(string field) => field switch
    {
        nameof(FollowUpRuleInput.Trigger) => nameof(FollowUpRuleEditModel.TriggerId),
        "Delay" => nameof(FollowUpRuleEditModel.Delay),
        _ when typeof(FollowUpRuleEditModel).GetProperty(field ?? string.Empty) != null => field,
        _ => string.Empty
    };

    private async Task<IActionResult> NotFoundAsync()
    {
        if (await IsVendorAsync())
            return AccessDeniedView();

        _notificationService.ErrorNotification(await _display.TextAsync(Keys.Page.NotFound));
        return RedirectToAction(nameof(List));
    }

    private async Task<bool> IsVendorAsync() => await _workContext.GetCurrentVendorAsync() != null;
}
