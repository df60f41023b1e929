using System.Xml;
using System.Xml.Linq;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Localization;

/// <summary>
/// One of the plugin's resource files (Localization/MerchantOps.&lt;culture&gt;.xml), in nopCommerce's
/// language-pack format, read and checked before anything is written to the store.
/// </summary>
public sealed class PluginResourceFile
{
    private static readonly string[] _allowedPrefixes =
    [
        MerchantOpsDefaults.ResourcePrefix,
        PermissionNameResource.Prefix
    ];

    private PluginResourceFile(string culture, string xml, IReadOnlyDictionary<string, string> resources)
    {
        Culture = culture;
        Xml = xml;
        Resources = resources;
    }

    public string Culture { get; }

    /// <summary>The file's text, handed as is to nopCommerce's importer.</summary>
    public string Xml { get; }

    /// <summary>Resource name → value, names as written in the file.</summary>
    public IReadOnlyDictionary<string, string> Resources { get; }

    /// <exception cref="PluginResourceException">The text is not a usable resource file.</exception>
    public static PluginResourceFile Parse(string culture, string fileName, string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (XmlException exception)
        {
            throw new PluginResourceException($"{fileName} is not well-formed XML (line {exception.LineNumber}, position {exception.LinePosition}): {exception.Message}");
        }

        if (document.Root?.Name.LocalName != "Language")
            throw new PluginResourceException($"{fileName} must have <Language> as its root element.");

        var resources = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.Root.Elements("LocaleResource"))
        {
            var name = element.Attribute("Name")?.Value?.Trim();
            var value = element.Element("Value")?.Value;
            var line = ((IXmlLineInfo)element).LineNumber;

            if (string.IsNullOrEmpty(name))
                throw new PluginResourceException($"{fileName}, line {line}: a LocaleResource has no Name.");
            if (value is null)
                throw new PluginResourceException($"{fileName}, line {line}: resource '{name}' has no <Value>.");
            if (!_allowedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
                throw new PluginResourceException($"{fileName}, line {line}: resource '{name}' is outside the plugin's names ({string.Join(", ", _allowedPrefixes)}).");
            if (!resources.TryAdd(name, value))
                throw new PluginResourceException($"{fileName}, line {line}: resource '{name}' appears twice.");
        }

        if (resources.Count == 0)
            throw new PluginResourceException($"{fileName} holds no resources.");

        return new PluginResourceFile(culture, xml, resources);
    }
}
