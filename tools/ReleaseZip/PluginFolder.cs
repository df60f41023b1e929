namespace MerchantOps.ReleaseZip;

/// <summary>
/// What the plugin folder Plugins/Misc.MerchantOps must hold, and nothing more: a store rejects a plugin whose
/// folder carries a Nop.*.dll of another version, and has no use for pdb files, runtimes/ or ref/.
/// </summary>
public static class PluginFolder
{
    public const string SystemName = "Misc.MerchantOps";
    public const string AssemblyFile = "Nop.Plugin.Misc.MerchantOps.dll";

    /// <summary>
    /// Written by the build; nopCommerce deletes it when it loads the plugin, so a folder taken from a store that has
    /// run has none. It is optional in the folder and never goes into the zip: the store runs without it.
    /// </summary>
    public const string DepsFile = "Nop.Plugin.Misc.MerchantOps.deps.json";

    /// <summary>The plugin's own NuGet dependencies (the host has everything else); each feature adds its packages here.</summary>
    public static readonly IReadOnlyList<string> OwnDependencies = ["CsvHelper.dll", "Ical.Net.dll", "NodaTime.dll"];

    /// <summary>Every file the folder must hold, as '/'-separated paths relative to the folder, sorted.</summary>
    public static IReadOnlyList<string> ExpectedFiles(string repositoryRoot)
    {
        var files = new List<string> { AssemblyFile, "plugin.json", "logo.png" };
        files.AddRange(OwnDependencies);
        files.AddRange(RepositoryFiles(repositoryRoot, "Views", "*.cshtml"));
        files.AddRange(RepositoryFiles(repositoryRoot, "Localization", "*.xml"));
        files.AddRange(RepositoryFiles(repositoryRoot, "Content", "*"));
        return files.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every file in the folder, as '/'-separated paths relative to it, sorted.</summary>
    public static IReadOnlyList<string> ActualFiles(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Compares the folder with the expected list; the .deps.json file may be there or not.</summary>
    public static FolderComparison Compare(string folder, string repositoryRoot)
    {
        var expected = ExpectedFiles(repositoryRoot);
        var actual = ActualFiles(folder).Where(file => file != DepsFile).ToList();
        return new FolderComparison(
            Files: expected,
            Missing: expected.Except(actual, StringComparer.Ordinal).ToList(),
            Unexpected: actual.Except(expected, StringComparer.Ordinal).ToList());
    }

    private static IEnumerable<string> RepositoryFiles(string repositoryRoot, string folder, string pattern)
    {
        var root = Path.Combine(repositoryRoot, folder);
        return Directory.Exists(root)
            ? Directory.GetFiles(root, pattern, SearchOption.AllDirectories)
                .Select(file => folder + "/" + Path.GetRelativePath(root, file).Replace('\\', '/'))
            : [];
    }
}

/// <param name="Files">What goes into the zip, in order.</param>
public sealed record FolderComparison(IReadOnlyList<string> Files, IReadOnlyList<string> Missing, IReadOnlyList<string> Unexpected)
{
    public bool Matches => Missing.Count == 0 && Unexpected.Count == 0;

    public override string ToString() =>
        Matches
            ? $"{Files.Count} files as expected"
            : "The plugin folder does not match the expected list.\n" +
              $"  Missing: {(Missing.Count == 0 ? "none" : string.Join(", ", Missing))}\n" +
              $"  Unexpected: {(Unexpected.Count == 0 ? "none" : string.Join(", ", Unexpected))}";
}
