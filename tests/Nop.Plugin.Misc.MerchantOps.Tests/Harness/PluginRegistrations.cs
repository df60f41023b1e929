using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Configuration;
using Nop.Core.Infrastructure;
using Nop.Services.Configuration;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness;

/// <summary>
/// What nopCommerce registers for a plugin assembly, shared by the data apps (<see cref="StoreApp"/>) and the web host
/// (<see cref="Web.PluginTestHost"/>): its consumers, its settings classes and its INopStartup classes, run by Order.
/// </summary>
public static class PluginRegistrations
{
    /// <summary>The plugin assembly under test.</summary>
    public static Assembly PluginAssembly => typeof(MerchantOpsDefaults).Assembly;

    /// <summary>The plugin's concrete classes.</summary>
    public static IReadOnlyList<Type> Types { get; } = PluginAssembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }).ToList();

    /// <summary>Every IConsumer&lt;T&gt; of the plugin, scoped, once per closed interface (as nopCommerce registers them).</summary>
    public static void AddConsumers(IServiceCollection services)
    {
        foreach (var type in Types)
        foreach (var consumer in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>)))
            services.AddScoped(consumer, type);
    }

    /// <summary>Every ISettings class of the plugin (and <paramref name="more"/>), scoped, loaded through ISettingService for the store <paramref name="storeId"/> gives.</summary>
    public static void AddSettings(IServiceCollection services, Func<IServiceProvider, int> storeId, params Type[] more)
    {
        foreach (var settingsType in Types.Where(typeof(ISettings).IsAssignableFrom).Concat(more))
            services.AddScoped(settingsType, sp => LoadSettings(sp.GetRequiredService<ISettingService>(), settingsType, storeId(sp)));
    }

    /// <summary>Runs ConfigureServices of every INopStartup of the plugin, by Order.</summary>
    public static void AddStartups(IServiceCollection services, IConfiguration configuration)
    {
        foreach (var startup in Startups())
            startup.ConfigureServices(services, configuration);
    }

    /// <summary>The plugin's INopStartup classes, by Order, as nopCommerce's type finder finds and runs them.</summary>
    public static IEnumerable<INopStartup> Startups() => Instances<INopStartup>().OrderBy(startup => startup.Order);

    /// <summary>One instance of every concrete plugin class assignable to <typeparamref name="T"/>.</summary>
    public static IEnumerable<T> Instances<T>() => Types.Where(typeof(T).IsAssignableFrom).Select(type => (T)Activator.CreateInstance(type));

    private static object LoadSettings(ISettingService settingService, Type settingsType, int storeId)
    {
        var load = typeof(ISettingService).GetMethod(nameof(ISettingService.LoadSettingAsync))!.MakeGenericMethod(settingsType);
        var task = (Task)load.Invoke(settingService, [storeId])!;
        task.GetAwaiter().GetResult();
        return task.GetType().GetProperty("Result")!.GetValue(task);
    }
}
