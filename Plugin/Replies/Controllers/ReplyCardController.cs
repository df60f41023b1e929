using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Replies.Factories;
using Nop.Plugin.Misc.MerchantOps.Replies.Models;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Controllers;

/// <summary>
/// What the replies card of the order and customer pages asks by AJAX: the picker, the preview and the send.
/// All need Replies (use); ReplyRecipientService keeps a vendor to orders with their own items.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class ReplyCardController : BasePluginController
{
    private const int FormValueLimit = 16 * 1024 * 1024;

    private readonly ReplyCardModelFactory _modelFactory;
    private readonly IReplySendService _sendService;

    public ReplyCardController(ReplyCardModelFactory modelFactory,
        IReplySendService sendService)
    {
        _modelFactory = modelFactory;
        _sendService = sendService;
    }

    [HttpPost]
    [CheckPermission(Permissions.RepliesUse)]
    public async Task<IActionResult> Find(string query, ReplyCardRequestModel model) =>
        Json(new { items = await _modelFactory.FindAsync(query, model) });

    [HttpPost]
    [CheckPermission(Permissions.RepliesUse)]
    [RequestFormLimits(ValueLengthLimit = FormValueLimit)]
    [RequestSizeLimit(FormValueLimit)]
    public async Task<IActionResult> Preview(ReplyCardRequestModel model) =>
        Json(await _modelFactory.PreparePreviewAsync(model));

    /// <summary>Sends once per SendKey; a new key comes back for the next reply once this one went out.</summary>
    [HttpPost]
    [CheckPermission(Permissions.RepliesUse)]
    [RequestFormLimits(ValueLengthLimit = FormValueLimit)]
    [RequestSizeLimit(FormValueLimit)]
    public async Task<IActionResult> Send(ReplyCardRequestModel model)
    {
        var request = await _modelFactory.PrepareSendRequestAsync(model);
        return Json(await _modelFactory.PrepareSendAnswerAsync(request, await _sendService.SendAsync(request)));
    }
}
