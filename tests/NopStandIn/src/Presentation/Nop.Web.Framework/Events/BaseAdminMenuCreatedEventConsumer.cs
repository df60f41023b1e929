using Nop.Services.Events;
using Nop.Services.Plugins;
using Nop.Web.Framework.Menu;

namespace Nop.Web.Framework.Events;

// Real source: src/Presentation/Nop.Web.Framework/Events/BaseAdminMenuCreatedEventConsumer.cs
/// <summary>
/// Adds one item for an installed plugin next to a given menu node. Nothing is added while the plugin
/// is not fully installed (the plugin manager returns null then).
/// </summary>
public abstract class BaseAdminMenuCreatedEventConsumer : IConsumer<AdminMenuCreatedEvent>
{
    protected readonly IPluginManager<IPlugin> _pluginManager;

    protected BaseAdminMenuCreatedEventConsumer(IPluginManager<IPlugin> pluginManager)
    {
        _pluginManager = pluginManager;
    }

    protected virtual Task<bool> CheckAccessAsync() => Task.FromResult(true);

    protected virtual Task<AdminMenuItem> GetAdminMenuItemAsync(IPlugin plugin) => Task.FromResult(plugin?.GetAdminMenuItem());

    public virtual async Task HandleEventAsync(AdminMenuCreatedEvent eventMessage)
    {
        if (!await CheckAccessAsync())
            return;

        var plugin = await _pluginManager.LoadPluginBySystemNameAsync(PluginSystemName);
        if (plugin == null)
            return;

        var item = await GetAdminMenuItemAsync(plugin);
        if (item == null)
            return;

        var root = eventMessage.RootMenuItem;
        switch (InsertType)
        {
            case MenuItemInsertType.After:
                root.InsertAfter(AfterMenuSystemName, item);
                break;
            case MenuItemInsertType.Before:
                root.InsertBefore(BeforeMenuSystemName, item);
                break;
            case MenuItemInsertType.TryAfterThanBefore:
                if (!root.InsertAfter(AfterMenuSystemName, item))
                    root.InsertBefore(BeforeMenuSystemName, item);
                break;
            case MenuItemInsertType.TryBeforeThanAfter:
                if (!root.InsertBefore(BeforeMenuSystemName, item))
                    root.InsertAfter(AfterMenuSystemName, item);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(InsertType));
        }
    }

    protected abstract string PluginSystemName { get; }

    protected virtual MenuItemInsertType InsertType => MenuItemInsertType.Before;

    protected virtual string AfterMenuSystemName => string.Empty;

    protected virtual string BeforeMenuSystemName => string.Empty;
}
