using Microsoft.AspNetCore.Mvc;
using Nop.Web.Areas.Admin.Controllers;
using Nop.Web.Areas.Admin.Models.Customers;
using Nop.Web.Areas.Admin.Models.Orders;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;

/// <summary>
/// Stand-ins of nopCommerce's admin order and customer pages as far as the replies card is concerned: the admin
/// layout, nopCommerce's own form (POSTing to Save, with its antiforgery token) around the cards, and the widget zone
/// rendered through AdminWidgetViewComponent with the page model as additionalData.
/// Views: Replies/Web/RepliesProbe (served by the reply tests' host).
/// </summary>
public class ReplyPageProbeController : BaseAdminController
{
    public const string ViewsPath = "~/RepliesProbe/";

    [HttpGet]
    public IActionResult Order(int id) =>
        View(ViewsPath + "OrderPage.cshtml", new OrderModel { Id = id });

    [HttpGet]
    public IActionResult Customer(int id) =>
        View(ViewsPath + "CustomerPage.cshtml", new CustomerModel { Id = id });

    /// <summary>nopCommerce's own "Save" of the page: records what its form posted (the card must add nothing to it).</summary>
    [HttpPost]
    public IActionResult Save()
    {
        LastPostedKeys = Request.Form.Keys.OrderBy(key => key).ToList();
        return Content("saved");
    }

    public static IList<string> LastPostedKeys { get; set; } = new List<string>();
}
