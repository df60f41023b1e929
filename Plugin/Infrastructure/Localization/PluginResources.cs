namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Localization;

/// <summary>
/// The plugin's two resource files, English and French, with the rule of which one a language gets:
/// French for every fr-* language, English for every other (including unknown or empty cultures).
/// </summary>
public sealed class PluginResources
{
    public const string EnglishCulture = "en-US";
    public const string FrenchCulture = "fr-FR";

    public PluginResources(PluginResourceFile english, PluginResourceFile french)
    {
        English = english;
        French = french;
    }

    public PluginResourceFile English { get; }
    public PluginResourceFile French { get; }

    public PluginResourceFile For(string languageCulture, string uniqueSeoCode = null) =>
        IsFrench(languageCulture) || (string.IsNullOrWhiteSpace(languageCulture) && IsFrench(uniqueSeoCode)) ? French : English;

    public static string FileName(string culture) => $"MerchantOps.{culture}.xml";

    private static bool IsFrench(string culture)
    {
        var language = culture?.Trim().Split('-', '_')[0];
        return string.Equals(language, "fr", StringComparison.OrdinalIgnoreCase);
    }
}
