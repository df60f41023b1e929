using MerchantOps.ReleaseZip;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.ReleaseTests;

/// <summary>
/// The folder the build puts in Plugins/Misc.MerchantOps holds exactly what a store needs: nothing the host
/// already has (a Nop.*.dll of another version gets the plugin rejected), no pdb, runtimes/ or ref/.
/// </summary>
public class PluginFolderContentTests
{
    [Test]
    public void The_built_plugin_folder_holds_exactly_the_expected_files()
    {
        var actual = PluginFolder.ActualFiles(ReleasePaths.PluginOutputFolder).Where(file => file != PluginFolder.DepsFile);

        Assert.That(actual, Is.EquivalentTo(ExpectedPluginFiles.All()));
    }

    [Test]
    public void No_host_assembly_reaches_the_plugin_folder()
    {
        var names = Directory.GetFiles(ReleasePaths.PluginOutputFolder, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();

        Assert.That(names.Where(n => n!.StartsWith("Nop.") && n.EndsWith(".dll") && n != PluginFolder.AssemblyFile), Is.Empty);
        Assert.That(names.Where(n => n!.StartsWith("linq2db") || n.StartsWith("FluentMigrator") || n.StartsWith("Npgsql") || n.Contains("Sqlite")), Is.Empty);
        Assert.That(Directory.GetDirectories(ReleasePaths.PluginOutputFolder).Select(Path.GetFileName), Has.None.EqualTo("runtimes").And.None.EqualTo("ref"));
    }

    [Test]
    public void Plugin_json_declares_the_plugin_for_nopCommerce_4_90()
    {
        var descriptor = Nop.Services.Plugins.PluginDescriptor.GetPluginDescriptorFromText(File.ReadAllText(Path.Combine(ReleasePaths.PluginOutputFolder, "plugin.json")));

        Assert.That(descriptor.SystemName, Is.EqualTo(MerchantOpsDefaults.SystemName));
        Assert.That(descriptor.Group, Is.EqualTo("Misc"));
        Assert.That(descriptor.FriendlyName, Is.EqualTo("Merchant Ops"));
        Assert.That(descriptor.SupportedVersions, Is.EqualTo(new[] { "4.90" }));
        Assert.That(descriptor.AssemblyFileName, Is.EqualTo(PluginFolder.AssemblyFile));
        Assert.That(descriptor.Version, Is.Not.Empty);
    }
}
