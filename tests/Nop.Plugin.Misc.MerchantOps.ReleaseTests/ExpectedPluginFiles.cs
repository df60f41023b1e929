namespace Nop.Plugin.Misc.MerchantOps.ReleaseTests;

/// <summary>
/// The exact content of the plugin folder and of the zip, written out here rather than taken from tools/ReleaseZip,
/// so that the tests check the tool's list too.
/// </summary>
public static class ExpectedPluginFiles
{
    /// <summary>The plugin's own NuGet dependencies (the host has everything else).</summary>
    public static readonly string[] OwnDependencies = ["CsvHelper.dll", "Ical.Net.dll", "NodaTime.dll"];

    /// <summary>'/'-separated paths relative to the plugin folder; no .deps.json (optional in the folder, never zipped).</summary>
    public static IReadOnlyList<string> All() =>
        new[] { "Nop.Plugin.Misc.MerchantOps.dll", "plugin.json", "logo.png" }
            .Concat(OwnDependencies)
            .Concat(RepositoryFiles("Views", "*.cshtml"))
            .Concat(RepositoryFiles("Localization", "*.xml"))
            .Concat(RepositoryFiles("Content", "*"))
            .ToList();

    private static IEnumerable<string> RepositoryFiles(string folder, string pattern)
    {
        var root = Path.Combine(ReleasePaths.RepositoryRoot, folder);
        return Directory.Exists(root)
            ? Directory.GetFiles(root, pattern, SearchOption.AllDirectories).Select(file => folder + "/" + Path.GetRelativePath(root, file).Replace('\\', '/'))
            : [];
    }
}
