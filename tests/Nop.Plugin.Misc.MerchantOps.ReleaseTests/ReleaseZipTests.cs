using System.IO.Compression;
using MerchantOps.ReleaseZip;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.ReleaseTests;

/// <summary>
/// tools/ReleaseZip packs the plugin folder into Misc.MerchantOps.zip as nopCommerce's "Upload plugin or theme"
/// takes it, from a fresh build or from a store's folder (which nopCommerce has stripped of its .deps.json).
/// </summary>
public class ReleaseZipTests
{
    private string _folder = null!;
    private string _zip = null!;

    [SetUp]
    public void CopyTheBuiltFolder()
    {
        _folder = ReleasePaths.CopyPluginFolder();
        _zip = _folder + ".zip";
    }

    [TearDown]
    public void DeleteTheCopy()
    {
        Directory.Delete(_folder, recursive: true);
        File.Delete(_zip);
    }

    [Test]
    public void The_zip_holds_the_plugin_files_under_the_single_root_folder_Misc_MerchantOps()
    {
        Pack();

        Assert.That(ReleasePackage.EntryNames(_zip), Is.EquivalentTo(ExpectedPluginFiles.All().Select(file => "Misc.MerchantOps/" + file)));
    }

    [Test]
    public void The_zip_passes_the_checks_of_the_stores_upload()
    {
        Pack();

        Assert.That(ReleasePackage.UploadProblems(_zip), Is.Empty);
    }

    [Test]
    public void A_folder_whose_deps_json_the_store_deleted_makes_the_same_zip()
    {
        File.Delete(Path.Combine(_folder, PluginFolder.DepsFile));

        var content = PluginFolder.Compare(_folder, ReleasePaths.RepositoryRoot);
        Pack();

        Assert.That(content.Matches, Is.True, content.ToString());
        Assert.That(ReleasePackage.EntryNames(_zip), Is.EquivalentTo(ExpectedPluginFiles.All().Select(file => "Misc.MerchantOps/" + file)));
    }

    [Test]
    public void Host_assemblies_symbols_and_runtime_folders_in_the_folder_are_refused()
    {
        foreach (var file in new[] { "Nop.Core.dll", "Nop.Plugin.Misc.MerchantOps.pdb", "runtimes/linux-x64/native/libe_sqlite3.so", "Nop.Web.deps.json" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_folder, file))!);
            File.WriteAllText(Path.Combine(_folder, file), "");
        }

        var content = PluginFolder.Compare(_folder, ReleasePaths.RepositoryRoot);

        Assert.That(content.Unexpected, Is.EquivalentTo(new[] { "Nop.Core.dll", "Nop.Plugin.Misc.MerchantOps.pdb", "runtimes/linux-x64/native/libe_sqlite3.so", "Nop.Web.deps.json" }));
        Assert.That(content.Missing, Is.Empty);
    }

    [Test]
    public void A_folder_missing_a_view_is_refused()
    {
        File.Delete(Path.Combine(_folder, "Views", "_ViewImports.cshtml"));

        var content = PluginFolder.Compare(_folder, ReleasePaths.RepositoryRoot);

        Assert.That(content.Missing, Is.EqualTo(new[] { "Views/_ViewImports.cshtml" }));
        Assert.That(content.Matches, Is.False);
    }

    [Test]
    public void A_zip_with_two_root_folders_is_refused_like_the_store_does()
    {
        Pack();
        using (var archive = ZipFile.Open(_zip, ZipArchiveMode.Update))
            archive.CreateEntry("Misc.Other/readme.txt");

        Assert.That(ReleasePackage.UploadProblems(_zip), Has.Some.Contains("exactly one root folder"));
    }

    [Test]
    public void A_plugin_json_without_nopCommerce_4_90_is_refused_like_the_store_does()
    {
        var descriptor = Path.Combine(_folder, "plugin.json");
        File.WriteAllText(descriptor, File.ReadAllText(descriptor).Replace("\"4.90\"", "\"4.80\""));

        Pack();

        Assert.That(ReleasePackage.UploadProblems(_zip), Has.Some.Contains("supported versions"));
    }

    private void Pack() => ReleasePackage.Write(_folder, PluginFolder.Compare(_folder, ReleasePaths.RepositoryRoot).Files, _zip);
}
