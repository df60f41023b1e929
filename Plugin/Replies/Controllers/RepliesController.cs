using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Factories;
using Nop.Plugin.Misc.MerchantOps.Replies.Models;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Controllers;

/// <summary>
/// Merchant Ops → Replies, the library screen: list, create, edit, delete, CSV export and import (usage with "publish
/// as FAQ" and the send log have their own controllers, under the same /Admin/Replies/ URLs). Reading needs Replies
/// (use) or (manage); changing the library needs Replies (manage).
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class RepliesController : BasePluginController
{
    /// <summary>A body may be up to 1 MB of text; the form limit lets a larger one reach the service, which says why it is refused.</summary>
    private const int FormValueLimit = 16 * 1024 * 1024;

    private readonly IReplyCsvService _csvService;
    private readonly ReplyDisplay _display;
    private readonly ReplyModelFactory _modelFactory;
    private readonly ReplyResultMessages _messages;
    private readonly ICannedReplyService _replyService;

    public RepliesController(IReplyCsvService csvService,
        ReplyDisplay display,
        ReplyModelFactory modelFactory,
        ReplyResultMessages messages,
        ICannedReplyService replyService)
    {
        _csvService = csvService;
        _display = display;
        _modelFactory = modelFactory;
        _messages = messages;
        _replyService = replyService;
    }

    [HttpGet]
    [CheckPermission(new[] { Permissions.RepliesUse, Permissions.RepliesManage })]
    public async Task<IActionResult> List() =>
        View(ReplyRoutes.ViewsPath + "List.cshtml", await _modelFactory.PrepareSearchModelAsync());

    [HttpPost]
    [CheckPermission(new[] { Permissions.RepliesUse, Permissions.RepliesManage })]
    public async Task<IActionResult> ReplyList(ReplySearchModel searchModel) =>
        Json(await _modelFactory.PrepareListModelAsync(searchModel));

    [HttpGet]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> Create() =>
        View(ReplyRoutes.ViewsPath + "Create.cshtml", await _modelFactory.PrepareEditModelAsync(0));

    [HttpPost]
    [CheckPermission(Permissions.RepliesManage)]
    [RequestFormLimits(ValueLengthLimit = FormValueLimit, MultipartBodyLengthLimit = FormValueLimit)]
    [RequestSizeLimit(FormValueLimit)]
    [ParameterBasedOnFormName("save-continue", "continueEditing")]
    public async Task<IActionResult> Create(ReplyEditModel model, bool continueEditing = false)
    {
        model.Id = 0;
        return await SaveAsync(model, continueEditing, "Create.cshtml");
    }

    [HttpGet]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> Edit(int id)
    {
        var model = await _modelFactory.PrepareEditModelAsync(id);
        if (model == null)
            return await NotFoundAsync();

        return View(ReplyRoutes.ViewsPath + "Edit.cshtml", model);
    }

    [HttpPost]
    [CheckPermission(Permissions.RepliesManage)]
    [RequestFormLimits(ValueLengthLimit = FormValueLimit, MultipartBodyLengthLimit = FormValueLimit)]
    [RequestSizeLimit(FormValueLimit)]
    [ParameterBasedOnFormName("save-continue", "continueEditing")]
    public async Task<IActionResult> Edit(ReplyEditModel model, bool continueEditing = false)
    {
        if (model.Id <= 0 || await _replyService.GetByIdAsync(model.Id) is not { Deleted: false })
            return await NotFoundAsync();

        return await SaveAsync(model, continueEditing, "Edit.cshtml");
    }

    [HttpPost]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> Delete(int id)
    {
        if (!await _replyService.DeleteAsync(id))
            return await NotFoundAsync();

        await _messages.NotifyDeletedAsync();
        return RedirectToAction(nameof(List));
    }

    /// <summary>The replies matching the list's filters as CSV (UTF-8 with BOM), for a spreadsheet or another store.</summary>
    [HttpPost]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> Export(ReplySearchModel searchModel)
    {
        var bytes = await _csvService.ExportAsync(ReplyModelFactory.ToSearch(searchModel));
        return File(bytes, "text/csv", $"replies-{DateTime.UtcNow.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.csv");
    }

    /// <summary>All or nothing: a bad line is reported by its number and nothing is written.</summary>
    [HttpPost]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> Import(ReplyImportModel model)
    {
        if (model.ImportFile == null || model.ImportFile.Length == 0)
        {
            await _messages.NotifyEmptyImportFileAsync();
            return RedirectToAction(nameof(List));
        }

        ReplyImportResult result;
        await using (var stream = model.ImportFile.OpenReadStream())
            result = await _csvService.ImportAsync(stream);

        await _messages.NotifyAsync(result);
        return RedirectToAction(nameof(List));
    }

    private async Task<IActionResult> SaveAsync(ReplyEditModel model, bool continueEditing, string view)
    {
        var result = await _replyService.SaveAsync(ReplyModelFactory.ToInput(model));
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(FieldKey(error.Field), await _display.FormatAsync(error.ResourceKey, error.Args ?? Array.Empty<object>()));
            if (result.Errors.Count == 0)
                ModelState.AddModelError(string.Empty, await _display.TextAsync(ReplyResourceKeys.Send.Failed));
            model.UnknownTokens = result.UnknownTokens;
            return View(ReplyRoutes.ViewsPath + view, await _modelFactory.PrepareEditListsAsync(model));
        }

        await _messages.NotifySavedAsync(result);

        return continueEditing || result.UnknownTokens.Count > 0
            ? RedirectToAction(nameof(Edit), new { id = result.ReplyId })
            : RedirectToAction(nameof(List));
    }

    /// <summary>The model property the service's field name stands for ("" for the whole form).</summary>
    private static string FieldKey(string field) =>
        typeof(ReplyEditModel).GetProperty(field ?? string.Empty) != null ? field : string.Empty;

    private async Task<IActionResult> NotFoundAsync()
    {
        await _messages.NotifyNotFoundAsync();
        return RedirectToAction(nameof(List));
    }
}
