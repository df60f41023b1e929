using Microsoft.AspNetCore.Mvc;
using Nop.Services.Security;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Components;

/// <summary>
/// A KPI card: the KPI permission is asked before anything else (without it the card renders nothing and reads
/// nothing); a model of null (a vendor for store-wide figures, a user who may see none of the card) renders nothing.
/// </summary>
public abstract class KpiViewComponentBase : NopViewComponent
{
    public const string ViewsPath = MerchantOpsDefaults.ViewsPath + "Kpi/";

    private readonly IPermissionService _permissionService;

    protected KpiViewComponentBase(IPermissionService permissionService)
    {
        _permissionService = permissionService;
    }

    protected async Task<IViewComponentResult> CardAsync<TModel>(string view, Func<Task<TModel>> prepare) where TModel : class
    {
        if (!await _permissionService.AuthorizeAsync(MerchantOpsDefaults.Permissions.Kpi))
            return Content(string.Empty);

        var model = await prepare();
        return model == null ? Content(string.Empty) : View(ViewsPath + view, model);
    }
}
