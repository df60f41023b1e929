using Microsoft.AspNetCore.Routing;
using Nop.Core;
using Nop.Core.Domain.Cms;
using Nop.Services.Cms;
using Nop.Services.Configuration;
using Nop.Services.Plugins;
using Nop.Web.Framework.Models.Cms;

namespace Nop.Web.Framework.Factories;

// Real source: src/Presentation/Nop.Web.Framework/Factories/WidgetModelFactory.cs
// Stand-in: asks IPluginManager<IWidgetPlugin> for the plugins named in WidgetSettings.ActiveWidgetSystemNames of the
// current store (nopCommerce's IWidgetPluginManager does the same through its own method); zones match
// case-insensitively; no cache.
public partial class WidgetModelFactory : IWidgetModelFactory
{
    private readonly IPluginManager<IWidgetPlugin> _pluginManager;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;

    public WidgetModelFactory(IPluginManager<IWidgetPlugin> pluginManager, ISettingService settingService, IStoreContext storeContext, IWorkContext workContext)
    {
        _pluginManager = pluginManager;
        _settingService = settingService;
        _storeContext = storeContext;
        _workContext = workContext;
    }

    public virtual async Task<List<RenderWidgetModel>> PrepareRenderWidgetModelAsync(string widgetZone, object additionalData = null, bool useCache = true)
    {
        var models = new List<RenderWidgetModel>();
        if (string.IsNullOrEmpty(widgetZone))
            return models;

        var store = await _storeContext.GetCurrentStoreAsync();
        var settings = await _settingService.LoadSettingAsync<WidgetSettings>(store?.Id ?? 0);
        var active = settings.ActiveWidgetSystemNames ?? new List<string>();
        if (active.Count == 0)
            return models;

        var customer = await _workContext.GetCurrentCustomerAsync();
        foreach (var plugin in await _pluginManager.LoadActivePluginsAsync(active, customer, store?.Id ?? 0))
        {
            var zones = await plugin.GetWidgetZonesAsync();
            if (!zones.Contains(widgetZone, StringComparer.InvariantCultureIgnoreCase))
                continue;

            models.Add(new RenderWidgetModel
            {
                WidgetViewComponent = plugin.GetWidgetViewComponent(widgetZone),
                WidgetViewComponentArguments = new RouteValueDictionary { ["widgetZone"] = widgetZone, ["additionalData"] = additionalData }
            });
        }

        return models;
    }
}
