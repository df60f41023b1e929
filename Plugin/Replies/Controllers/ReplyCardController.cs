using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Replies.Factories;
using Nop.Plugin.Misc.MerchantOps.Replies.Models;
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

    public ReplyCardController(ReplyCardModelFactory modelFactory)
    {
        _modelFactory = modelFactory;
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

    [HttpPost]
    [CheckPermission(Permissions.RepliesUse)]
    [RequestFormLimits(ValueLengthLimit = FormValueLimit)]
    [RequestSizeLimit(FormValueLimit)]
    public async Task<IActionResult> Send(ReplyCardRequestModel model) =>
        Json(await _modelFactory.SendAsync(model));
}
