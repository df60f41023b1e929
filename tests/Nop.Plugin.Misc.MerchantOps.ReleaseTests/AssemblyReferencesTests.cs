using System.Reflection;
using MerchantOps.ReleaseZip;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.ReleaseTests;

/// <summary>
/// Every assembly of the zip loads in a nopCommerce 4.90.3 store: the plugin targets .NET 9, and each reference
/// is an assembly the store has (Nop.Web's dependencies, the .NET 9 and ASP.NET Core 9 frameworks) or a file of the zip.
/// </summary>
public class AssemblyReferencesTests
{
    private static readonly HostAssemblies Store = HostAssemblies.NopCommerce490;

    [Test]
    public void The_built_plugin_targets_net9_and_references_only_what_the_store_or_the_zip_has()
    {
        var files = PluginFolder.Compare(ReleasePaths.PluginOutputFolder, ReleasePaths.RepositoryRoot).Files;

        Assert.That(AssemblyCheck.Check(ReleasePaths.PluginOutputFolder, files, Store), Is.Empty);
    }

    [Test]
    public void The_plugin_is_compiled_for_net9()
    {
        var plugin = AssemblyFacts.Read(Path.Combine(ReleasePaths.PluginOutputFolder, PluginFolder.AssemblyFile));

        Assert.That(plugin.TargetFramework, Is.EqualTo(".NETCoreApp,Version=v9.0"));
    }

    [Test]
    public void A_reference_to_an_assembly_the_store_does_not_have_is_refused_unless_the_zip_carries_it()
    {
        var plugin = Assembly("Nop.Plugin.Misc.MerchantOps", ("Humanizer", "2.14.0.0"), ("Some.Package", "1.0.0.0"));

        Assert.That(AssemblyCheck.ReferenceProblems([plugin], Store), Is.EqualTo(new[]
        {
            "Nop.Plugin.Misc.MerchantOps references Some.Package 1.0.0.0, which neither nopCommerce 4.90.3 nor the zip has.",
        }));
        Assert.That(AssemblyCheck.ReferenceProblems([plugin, Assembly("Some.Package")], Store), Is.Empty);
    }

    [Test]
    public void A_reference_newer_than_the_store_has_is_refused()
    {
        var plugin = Assembly("Nop.Plugin.Misc.MerchantOps", ("Newtonsoft.Json", "14.0.0.0"), ("Microsoft.AspNetCore.Mvc.Core", "10.0.0.0"), ("Nop.Core", "4.90.0.0"));

        Assert.That(AssemblyCheck.ReferenceProblems([plugin], Store), Is.EqualTo(new[]
        {
            "Nop.Plugin.Misc.MerchantOps references Newtonsoft.Json 14.0.0.0, nopCommerce 4.90.3 has 13.0.0.0.",
            "Nop.Plugin.Misc.MerchantOps references Microsoft.AspNetCore.Mvc.Core 10.0.0.0, nopCommerce 4.90.3 has 9.0.0.0.",
        }));
    }

    [Test]
    public void Newer_linq2db_and_FluentMigrator_pass_because_their_members_are_checked_one_by_one()
    {
        var plugin = Assembly("Nop.Plugin.Misc.MerchantOps", ("linq2db", "6.5.1.0"), ("FluentMigrator", "8.0.1.0"), ("FluentMigrator.Abstractions", "8.0.1.0"));

        Assert.That(AssemblyCheck.ReferenceProblems([plugin], Store), Is.Empty);
    }

    private static AssemblyFacts Assembly(string name, params (string Name, string Version)[] references) =>
        new(name, new Version(1, 0, 0, 0), AssemblyCheck.TargetFramework, "Release",
            references.Select(r => new AssemblyName(r.Name) { Version = Version.Parse(r.Version) }).ToList());
}
