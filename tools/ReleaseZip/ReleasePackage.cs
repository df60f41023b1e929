using System.IO.Compression;
using System.Text.Json;

namespace MerchantOps.ReleaseZip;

/// <summary>
/// Misc.MerchantOps.zip as nopCommerce's "Upload plugin or theme" takes it: a single root folder named after the
/// plugin, plugin.json directly inside, entry names with '/' separators.
/// </summary>
public static class ReleasePackage
{
    public const string ZipName = PluginFolder.SystemName + ".zip";
    public const string SupportedVersion = "4.90";

    /// <summary>Writes <paramref name="files"/> of <paramref name="folder"/> under the root folder, in the given order.</summary>
    public static void Write(string folder, IEnumerable<string> files, string zipPath)
    {
        File.Delete(zipPath);
        using var archive = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        foreach (var file in files)
            archive.CreateEntryFromFile(Path.Combine(folder, file), PluginFolder.SystemName + "/" + file, CompressionLevel.Optimal);
    }

    /// <summary>The entry names of a zip, in order.</summary>
    public static IReadOnlyList<string> EntryNames(string zipPath)
    {
        using var archive = ZipFile.OpenRead(zipPath);
        return archive.Entries.Select(entry => entry.FullName).ToList();
    }

    /// <summary>What would make the store's upload refuse the zip, or install something else than Merchant Ops.</summary>
    public static IReadOnlyList<string> UploadProblems(string zipPath)
    {
        using var archive = ZipFile.OpenRead(zipPath);
        var problems = new List<string>();

        if (archive.Entries.Any(entry => entry.FullName.Contains('\\')))
            problems.Add("Entry names must use '/' separators.");
        var roots = archive.Entries.Select(entry => entry.FullName.Split('/')[0]).Distinct().ToList();
        if (roots.Count != 1 || roots[0] != PluginFolder.SystemName)
            problems.Add($"The zip must hold exactly one root folder, {PluginFolder.SystemName}/; it holds {string.Join(", ", roots)}.");

        var descriptorEntry = archive.GetEntry(PluginFolder.SystemName + "/plugin.json");
        if (descriptorEntry is null)
            return [.. problems, $"{PluginFolder.SystemName}/plugin.json is missing."];

        using var descriptorStream = descriptorEntry.Open();
        using var descriptor = JsonDocument.Parse(descriptorStream);
        var root = descriptor.RootElement;
        if (Text(root, "SystemName") != PluginFolder.SystemName)
            problems.Add($"plugin.json names the plugin {Text(root, "SystemName")}, not {PluginFolder.SystemName}.");
        if (Text(root, "FileName") != PluginFolder.AssemblyFile)
            problems.Add($"plugin.json names the assembly {Text(root, "FileName")}, not {PluginFolder.AssemblyFile}.");
        if (!root.TryGetProperty("SupportedVersions", out var versions) || versions.EnumerateArray().All(v => v.GetString() != SupportedVersion))
            problems.Add($"plugin.json does not list nopCommerce {SupportedVersion} among its supported versions.");
        if (archive.GetEntry(PluginFolder.SystemName + "/" + PluginFolder.AssemblyFile) is null)
            problems.Add($"{PluginFolder.SystemName}/{PluginFolder.AssemblyFile} is missing.");
        return problems;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
