using System.Text;
using Nop.Core.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Localization;

/// <summary>Reads and checks both resource files from the plugin's folder.</summary>
public class PluginResourceLoader
{
    private readonly INopFileProvider _fileProvider;

    public PluginResourceLoader(INopFileProvider fileProvider)
    {
        _fileProvider = fileProvider;
    }

    /// <param name="pluginFolder">The folder holding the plugin's assembly and plugin.json.</param>
    /// <exception cref="PluginResourceException">A file is missing or unusable, or the two files differ in keys.</exception>
    public virtual async Task<PluginResources> LoadAsync(string pluginFolder)
    {
        var english = await LoadFileAsync(pluginFolder, PluginResources.EnglishCulture);
        var french = await LoadFileAsync(pluginFolder, PluginResources.FrenchCulture);

        var missingInFrench = english.Resources.Keys.Except(french.Resources.Keys, StringComparer.OrdinalIgnoreCase).ToList();
        var missingInEnglish = french.Resources.Keys.Except(english.Resources.Keys, StringComparer.OrdinalIgnoreCase).ToList();
        if (missingInFrench.Count > 0 || missingInEnglish.Count > 0)
            throw new PluginResourceException($"{PluginResources.FileName(PluginResources.EnglishCulture)} and {PluginResources.FileName(PluginResources.FrenchCulture)} must have the same keys. " +
                $"Missing in French: {Describe(missingInFrench)}. Missing in English: {Describe(missingInEnglish)}.");

        return new PluginResources(english, french);
    }

    private static string Describe(IReadOnlyCollection<string> keys) =>
        keys.Count == 0 ? "none" : string.Join(", ", keys.Take(5)) + (keys.Count > 5 ? $" and {keys.Count - 5} more" : string.Empty);

    private async Task<PluginResourceFile> LoadFileAsync(string pluginFolder, string culture)
    {
        var fileName = PluginResources.FileName(culture);
        var path = _fileProvider.Combine(pluginFolder ?? string.Empty, MerchantOpsDefaults.LocalizationFolder, fileName);
        if (string.IsNullOrEmpty(pluginFolder) || !_fileProvider.FileExists(path))
            throw new PluginResourceException($"The resource file {path} is missing; reinstall the plugin's files.");

        var xml = await _fileProvider.ReadAllTextAsync(path, Encoding.UTF8);
        return PluginResourceFile.Parse(culture, path, xml);
    }
}
