using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Packing.Factories;
using Nop.Plugin.Misc.MerchantOps.Packing.Models;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Controllers;

/// <summary>Merchant Ops → Packing: the queue of orders ready to pack, and creating batches from it.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PackingController : BasePluginController
{
    private readonly IPackingBatchService _batchService;
    private readonly PackingResultMessages _messages;
    private readonly PackingQueueModelFactory _modelFactory;
    private readonly IPackingProductSearch _productSearch;

    public PackingController(IPackingBatchService batchService, PackingResultMessages messages, PackingQueueModelFactory modelFactory,
        IPackingProductSearch productSearch)
    {
        _batchService = batchService;
        _messages = messages;
        _modelFactory = modelFactory;
        _productSearch = productSearch;
    }

    [HttpGet]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> Index() =>
        View(PackingRoutes.ViewsPath + "Queue.cshtml", await _modelFactory.PrepareQueuePageModelAsync());

    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> QueueList(PackingQueueSearchModel searchModel) =>
        Json(await _modelFactory.PrepareQueueListModelAsync(searchModel));

    /// <summary>The queue's product filter: products matching what the packer typed (JSON, shown as text by packing.js).</summary>
    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> ProductSearch(string term) =>
        Json((await _productSearch.SearchAsync(term)).Select(product => new { product.Id, product.Name, product.Sku }));

    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> CreateFromSelection(CreateBatchFromSelectionModel model) =>
        await BatchCreatedAsync(await _batchService.CreateFromSelectionAsync(model.SelectedOrderIds, model.BatchName));

    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> CreateFromOldest(PackingQueuePageModel model) =>
        await BatchCreatedAsync(await _batchService.CreateFromOldestAsync(PackingQueueModelFactory.ToFilter(model), Math.Max(0, model.NextCount), model.BatchName));

    /// <summary>The new batch's page, with what was left out; back to the queue when nothing was claimed.</summary>
    private async Task<IActionResult> BatchCreatedAsync(CreateBatchResult result)
    {
        await _messages.NotifyAsync(result);
        return result.Succeeded
            ? RedirectToAction("Edit", PackingRoutes.BatchController, new { id = result.BatchId })
            : RedirectToAction(nameof(Index));
    }
}
