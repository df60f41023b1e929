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
/// Merchant Ops → Replies → Usage: how often each reply was sent, and "publish as FAQ". Its URLs stay the library's
/// (/Admin/Replies/Usage, /Admin/Replies/PublishFaq). Reading needs Replies (use) or (manage); publishing needs (manage).
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class ReplyUsageController : BasePluginController
{
    private readonly IReplyFaqService _faqService;
    private readonly ReplyModelFactory _modelFactory;
    private readonly ReplyResultMessages _messages;

    public ReplyUsageController(IReplyFaqService faqService, ReplyModelFactory modelFactory, ReplyResultMessages messages)
    {
        _faqService = faqService;
        _modelFactory = modelFactory;
        _messages = messages;
    }

    [HttpGet]
    [Route("Admin/Replies/Usage")]
    [CheckPermission(new[] { Permissions.RepliesUse, Permissions.RepliesManage })]
    public async Task<IActionResult> Usage(ReplyUsageModel filter) =>
        View(ReplyRoutes.ViewsPath + "Usage.cshtml", await _modelFactory.PrepareUsageModelAsync(filter));

    /// <summary>The selected replies become nopCommerce's FAQ topic (updated when published again).</summary>
    [HttpPost]
    [Route("Admin/Replies/PublishFaq")]
    [CheckPermission(Permissions.RepliesManage)]
    public async Task<IActionResult> PublishFaq(ReplyFaqModel model)
    {
        var result = await _faqService.PublishAsync(model.SelectedReplyIds ?? new List<int>());
        await _messages.NotifyAsync(result);
        return RedirectToAction(nameof(Usage));
    }
}
