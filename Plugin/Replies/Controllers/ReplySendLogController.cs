using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Replies.Factories;
using Nop.Plugin.Misc.MerchantOps.Replies.Models;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Controllers;

/// <summary>
/// Merchant Ops → Replies → Send log: every send with the email's status. Its URLs stay the library's
/// (/Admin/Replies/SendLog, /Admin/Replies/SendLogList). Needs Replies (use) or (manage).
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class ReplySendLogController : BasePluginController
{
    private readonly ReplyModelFactory _modelFactory;

    public ReplySendLogController(ReplyModelFactory modelFactory)
    {
        _modelFactory = modelFactory;
    }

    [HttpGet]
    [Route("Admin/Replies/SendLog")]
    [CheckPermission(new[] { Permissions.RepliesUse, Permissions.RepliesManage })]
    public async Task<IActionResult> SendLog(int replyId = 0) =>
        View(ReplyRoutes.ViewsPath + "SendLog.cshtml", await _modelFactory.PrepareSendLogSearchModelAsync(replyId));

    [HttpPost]
    [Route("Admin/Replies/SendLogList")]
    [CheckPermission(new[] { Permissions.RepliesUse, Permissions.RepliesManage })]
    public async Task<IActionResult> SendLogList(ReplySendLogSearchModel searchModel) =>
        Json(await _modelFactory.PrepareSendLogListModelAsync(searchModel));
}
