using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Infrastructure;

/// <summary>
/// The folder the build puts in Plugins/Misc.MerchantOps holds exactly what a store needs: nothing the host
/// already has (a Nop.*.dll of another version gets the plugin rejected), no pdb, runtimes/ or ref/.
/// </summary>
public class PluginFolderContentTests
{
    /// <summary>The plugin's own NuGet dependencies; each feature adds its packages here.</summary>
    private static readonly string[] OwnDependencies = ["CsvHelper.dll"];

    [Test]
    public void The_built_plugin_folder_holds_exactly_the_expected_files()
    {
        var expected = new[] { "Nop.Plugin.Misc.MerchantOps.dll", "Nop.Plugin.Misc.MerchantOps.deps.json", "plugin.json", "logo.png" }
            .Concat(OwnDependencies)
            .Concat(RepositoryFiles("Views", "*.cshtml"))
            .Concat(RepositoryFiles("Localization", "*.xml"))
            .Concat(Directory.Exists(TestPaths.InRepository("Content")) ? RepositoryFiles("Content", "*") : []);

        var actual = Directory.GetFiles(TestPaths.PluginOutputFolder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(TestPaths.PluginOutputFolder, file).Replace('\\', '/'));

        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public void No_host_assembly_reaches_the_plugin_folder()
    {
        var names = Directory.GetFiles(TestPaths.PluginOutputFolder, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();

        Assert.That(names.Where(n => n.StartsWith("Nop.") && n.EndsWith(".dll") && n != "Nop.Plugin.Misc.MerchantOps.dll"), Is.Empty);
        Assert.That(names.Where(n => n.StartsWith("linq2db") || n.StartsWith("FluentMigrator") || n.StartsWith("Npgsql") || n.Contains("Sqlite")), Is.Empty);
        Assert.That(Directory.GetDirectories(TestPaths.PluginOutputFolder).Select(Path.GetFileName), Has.None.EqualTo("runtimes").And.None.EqualTo("ref"));
    }

    [Test]
    public void Plugin_json_declares_the_plugin_for_nopCommerce_4_90()
    {
        var descriptor = Nop.Services.Plugins.PluginDescriptor.GetPluginDescriptorFromText(File.ReadAllText(Path.Combine(TestPaths.PluginOutputFolder, "plugin.json")));

        Assert.That(descriptor.SystemName, Is.EqualTo(MerchantOpsDefaults.SystemName));
        Assert.That(descriptor.Group, Is.EqualTo("Misc"));
        Assert.That(descriptor.FriendlyName, Is.EqualTo("Merchant Ops"));
        Assert.That(descriptor.SupportedVersions, Is.EqualTo(new[] { "4.90" }));
        Assert.That(descriptor.AssemblyFileName, Is.EqualTo("Nop.Plugin.Misc.MerchantOps.dll"));
        Assert.That(descriptor.Version, Is.Not.Empty);
    }

    private static IEnumerable<string> RepositoryFiles(string folder, string pattern) =>
        Directory.GetFiles(TestPaths.InRepository(folder), pattern, SearchOption.AllDirectories)
            .Select(file => folder + "/" + Path.GetRelativePath(TestPaths.InRepository(folder), file).Replace('\\', '/'));
}
