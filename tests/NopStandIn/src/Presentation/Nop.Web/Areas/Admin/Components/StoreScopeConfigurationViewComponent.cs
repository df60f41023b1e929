using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Services.Stores;
using Nop.Web.Areas.Admin.Models.Settings;
using Nop.Web.Areas.Admin.Models.Stores;
using Nop.Web.Framework.Components;

namespace Nop.Web.Areas.Admin.Components;

// Real source: src/Presentation/Nop.Web/Areas/Admin/Components/StoreScopeConfigurationViewComponent.cs
// Stand-in: builds the model from IStoreService / IStoreContext directly (nopCommerce asks its setting model factory).
/// <summary>The store-scope selector of settings pages; renders nothing when there are fewer than two stores.</summary>
public partial class StoreScopeConfigurationViewComponent : NopViewComponent
{
    private readonly IStoreContext _storeContext;
    private readonly IStoreService _storeService;

    public StoreScopeConfigurationViewComponent(IStoreContext storeContext, IStoreService storeService)
    {
        _storeContext = storeContext;
        _storeService = storeService;
    }

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var model = new StoreScopeConfigurationModel
        {
            StoreId = await _storeContext.GetActiveStoreScopeConfigurationAsync(),
            Stores = (await _storeService.GetAllStoresAsync()).Select(store => new StoreModel { Id = store.Id, Name = store.Name }).ToList()
        };

        if (model.Stores.Count < 2)
            return Content(string.Empty);

        return View(model);
    }
}
