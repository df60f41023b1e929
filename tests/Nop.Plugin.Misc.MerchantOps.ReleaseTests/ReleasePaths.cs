using MerchantOps.ReleaseZip;

namespace Nop.Plugin.Misc.MerchantOps.ReleaseTests;

/// <summary>Where the repository and the built plugin are, found from the test assembly's location.</summary>
public static class ReleasePaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The plugin folder the build produced in the stand-in host (what a store would load).</summary>
    public static string PluginOutputFolder { get; } =
        Path.Combine(RepositoryRoot, "tests", "NopStandIn", "src", "Presentation", "Nop.Web", "Plugins", PluginFolder.SystemName);

    /// <summary>A private copy of the built plugin folder, for tests that change its files; deleted by the caller.</summary>
    public static string CopyPluginFolder()
    {
        var target = Path.Combine(Path.GetTempPath(), "merchantops-release-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(PluginOutputFolder, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(PluginOutputFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Nop.Plugin.Misc.MerchantOps.sln")))
                return directory.FullName;
        throw new InvalidOperationException("The repository root (Nop.Plugin.Misc.MerchantOps.sln) was not found above " + AppContext.BaseDirectory);
    }
}
