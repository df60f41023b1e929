using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>No GET changes state: every GET action of the plugin, requested as an administrator with every permission, writes nothing.</summary>
[TestFixture]
public class GetActionsChangeNothingTests
{
    /// <summary>
    /// Services the plugin's GET actions need beyond the host's fakes (e.g. the test database's repositories) go here,
    /// so that the sweep reaches every action.
    /// </summary>
    private static void ConfigureSweepServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
        Packing.Web.PackingSweepServices.Add(services);
        Replies.Web.RepliesSweepServices.Add(services);
    }

    [Test]
    public async Task Every_plugin_get_action_answers_without_writing_anything()
    {
        await using var host = await PluginTestHost.StartAsync(ConfigureSweepServices);

        var result = await GetActionSweep.RunAsync(host, controller => controller.Assembly == PluginTestHost.PluginAssembly);

        TestContext.Out.WriteLine(result.Requested.Count == 0
            ? "The plugin has no GET action yet."
            : "Requested:\n" + string.Join("\n", result.Requested));
        Assert.That(result.Violations, Is.Empty, string.Join("\n", result.Violations));
    }

    [Test]
    public async Task The_sweep_reports_a_get_action_that_writes_a_setting()
    {
        await using var host = await PluginTestHost.StartAsync();

        var result = await GetActionSweep.RunAsync(host, controller => controller == typeof(SweepProbeController));

        Assert.That(result.Requested, Is.EquivalentTo(new[] { "/Admin/SweepProbe/Look/1", "/Admin/SweepProbe/Remember/1" }));
        Assert.That(result.Violations, Has.Count.EqualTo(1));
        Assert.That(result.Violations[0], Does.StartWith("GET /Admin/SweepProbe/Remember/1 (SweepProbe.Remember) changed state: setting: set tests.lastseen"));
    }
}
