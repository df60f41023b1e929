using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Security;
using Nop.Web.Framework.Mvc.ModelBinding;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Infrastructure;

/// <summary>Nothing on screen is hard-coded: every key the code and views use exists in English and French.</summary>
public partial class ResourceKeysTests
{
    private static readonly IReadOnlyDictionary<string, string> English = Load("MerchantOps.en-US.xml");
    private static readonly IReadOnlyDictionary<string, string> French = Load("MerchantOps.fr-FR.xml");

    [Test]
    public void Both_files_have_the_same_keys() =>
        Assert.That(French.Keys, Is.EquivalentTo(English.Keys));

    [Test]
    public void No_value_is_empty() =>
        Assert.That(English.Concat(French).Where(r => string.IsNullOrWhiteSpace(r.Value)).Select(r => r.Key), Is.Empty);

    [Test]
    public void Every_key_written_in_code_or_views_exists_in_both_files()
    {
        var used = KeysWrittenInSource();

        Assert.That(used, Is.Not.Empty);
        Assert.That(MissingKeys(used, English), Is.Empty, "missing in English");
        Assert.That(MissingKeys(used, French), Is.Empty, "missing in French");
    }

    [Test]
    public void The_key_check_reports_a_key_removed_from_the_resources()
    {
        var removed = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.EmailStatus.Deleted;
        var withoutIt = English.Where(resource => resource.Key != removed).ToDictionary(r => r.Key, r => r.Value, StringComparer.OrdinalIgnoreCase);

        Assert.That(MissingKeys(KeysWrittenInSource(), withoutIt), Is.EqualTo(new[] { removed }));
    }

    /// <summary>
    /// Every key is written whole where it is used or in a constant, so that the check above sees it: no key is
    /// assembled at run time from a prefix and a name (an enum's name, a part of a key).
    /// </summary>
    [Test]
    public void No_key_is_assembled_at_run_time()
    {
        var assembled = SourceFiles()
            .SelectMany(file => AssembledKey().Matches(File.ReadAllText(file)).Select(m => $"{Path.GetFileName(file)}: {m.Value}"))
            .ToList();

        Assert.That(assembled, Is.Empty);
    }

    private static HashSet<string> KeysWrittenInSource() =>
        SourceFiles().SelectMany(file => KeyLiteral().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value)).ToHashSet();

    private static IReadOnlyList<string> MissingKeys(IEnumerable<string> used, IReadOnlyDictionary<string, string> resources) =>
        used.Where(key => !resources.ContainsKey(key)).OrderBy(key => key, StringComparer.Ordinal).ToList();

    [Test]
    public void Every_field_label_has_a_hint()
    {
        var labels = typeof(MerchantOpsDefaults).Assembly.GetTypes()
            .SelectMany(type => type.GetProperties())
            .Select(property => property.GetCustomAttribute<NopResourceDisplayNameAttribute>())
            .Where(attribute => attribute is not null)
            .Select(attribute => attribute.ResourceKey)
            .ToList();

        Assert.That(labels.Where(key => !English.ContainsKey(key)), Is.Empty);
        Assert.That(labels.Where(key => !English.ContainsKey(key + ".Hint")), Is.Empty);
    }

    [Test]
    public void Every_permission_has_its_name_in_both_files_and_the_English_one_is_the_declared_one()
    {
        foreach (var config in new MerchantOpsPermissionConfigManager().AllConfigs)
        {
            var key = "Security.Permission." + config.SystemName;
            Assert.That(English.TryGetValue(key, out var englishName) ? englishName : null, Is.EqualTo(config.Name), key);
            Assert.That(French.ContainsKey(key), key);
        }
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.GetFiles(TestPaths.InRepository("Plugin"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Concat(Directory.GetFiles(TestPaths.InRepository("Views"), "*.cshtml", SearchOption.AllDirectories));

    private static IReadOnlyDictionary<string, string> Load(string file) =>
        XDocument.Load(TestPaths.InRepository("Localization", file)).Root!.Elements("LocaleResource")
            .ToDictionary(e => e.Attribute("Name")!.Value, e => e.Element("Value")!.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>A whole key in quotes; the bare prefix "Plugins.Misc.MerchantOps." is not a key.</summary>
    [GeneratedRegex("\"(Plugins\\.Misc\\.MerchantOps\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"")]
    private static partial Regex KeyLiteral();

    /// <summary>A key literal joined to something ("...Replies." + name), interpolated, or a prefix joined to a name.</summary>
    [GeneratedRegex("\"Plugins\\.Misc\\.MerchantOps\\.[A-Za-z0-9_.]*\"\\s*\\+|\\$\"Plugins\\.Misc\\.MerchantOps\\.[^\"]*\\{|\\w*Prefix\\s*\\+\\s*\"[A-Za-z]|\\+\\s*\"\\.?[A-Za-z]+\\.\"\\s*\\+")]
    private static partial Regex AssembledKey();
}
