using Nop.Core.Infrastructure;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests;

/// <summary>
/// nopCommerce's engine runs every IStartupTask (of nopCommerce and of the plugins), by Order, once per process at
/// the end of service registration. Among them TypeConverterRegistrationStartUpTask gives List&lt;int&gt;,
/// List&lt;decimal&gt;, List&lt;string&gt; and Dictionary&lt;int, int&gt; process-wide string converters, after which MVC
/// binds these lists as simple types (and linq2db, settings and MVC all see the converters). The test process runs
/// them before any test, as a store has them before any request.
/// </summary>
[SetUpFixture]
public class NopStartupTasks
{
    private static readonly Lazy<bool> Run = new(() =>
    {
        var assemblies = new[]
        {
            typeof(Nop.Core.BaseEntity).Assembly, typeof(Nop.Data.INopDataProvider).Assembly, typeof(Nop.Services.Plugins.IPlugin).Assembly,
            typeof(Nop.Web.Framework.AreaNames).Assembly, typeof(Nop.Web.Areas.Admin.Controllers.BaseAdminController).Assembly,
            typeof(MerchantOpsDefaults).Assembly
        };
        var tasks = assemblies.SelectMany(assembly => assembly.GetTypes())
            .Where(type => typeof(IStartupTask).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false })
            .Select(type => (IStartupTask)Activator.CreateInstance(type)!)
            .OrderBy(task => task.Order);
        foreach (var task in tasks)
            task.Execute();
        return true;
    });

    public static void RunOnce() => _ = Run.Value;

    [OneTimeSetUp]
    public void RunBeforeAnyTest() => RunOnce();
}
