using MerchantOps.HostApi;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MerchantOps.ReleaseZip;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.ReleaseTests.HostApi;

/// <summary>
/// A plugin compiled against the stand-in carries what it took from it: member signatures the store must have,
/// constant, enum and default values copied into its IL. Every such item is listed in host-api-used.txt, which was
/// checked against nopCommerce 4.90.3's source (and linq2db 5.4.1 and FluentMigrator 7.1.0, which the store ships)
/// with tools/HostApiCheck; these tests keep the plugin and the stand-in to that list.
/// </summary>
public class HostApiUsageTests
{
    private static readonly Lazy<CSharpCompilation> Source = new(() => PluginSource.Compile(
        Path.Combine(ReleasePaths.RepositoryRoot, "Plugin"),
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "compile-references.txt"))
            .Where(path => Path.GetFileName(path) != PluginFolder.AssemblyFile)
            .Select(path => MetadataReference.CreateFromFile(path))));

    private static readonly Lazy<IReadOnlyList<HostApiItem>> Used = new(() =>
    {
        var used = PluginHostApi.Read(Path.Combine(ReleasePaths.PluginOutputFolder, PluginFolder.AssemblyFile), Source.Value);
        // For whoever updates the list: tools/HostApiCheck takes this file, checks it against the real sources and
        // writes the list with each item's source.
        File.WriteAllLines(ActualListPath, used.Select(i => i.Key + "\t"));
        return used;
    });

    private static string ActualListPath => Path.Combine(AppContext.BaseDirectory, "host-api-used.actual.txt");

    private static IReadOnlyList<HostApiItem> Listed =>
        HostApiList.Read(Path.Combine(ReleasePaths.RepositoryRoot, "tests", "Nop.Plugin.Misc.MerchantOps.ReleaseTests", "HostApi", HostApiList.FileName));

    [Test]
    public void The_plugin_source_compiles_again_against_the_stand_in()
    {
        Assert.That(PluginSource.Errors(Source.Value).Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void Everything_the_plugin_takes_from_the_host_api_is_listed_with_the_stand_in_value()
    {
        var listed = Listed.Select(i => i.Key).ToHashSet();
        var unlisted = Used.Value.Where(i => !listed.Contains(i.Key)).Select(i => i.Key);

        Assert.That(unlisted, Is.Empty,
            "The plugin takes these from the stand-in, but host-api-used.txt does not list them (or lists another value): " +
            $"check each against the real source with tools/HostApiCheck (all found: {ActualListPath}), fix the stand-in if it differs, then list it.");
    }

    [Test]
    public void Everything_listed_is_still_used()
    {
        var used = Used.Value.Select(i => i.Key).ToHashSet();

        Assert.That(Listed.Where(i => !used.Contains(i.Key)).Select(i => i.Key), Is.Empty, "Remove these lines from host-api-used.txt.");
    }

    [Test]
    public void Every_listed_item_says_where_it_was_checked()
    {
        Assert.That(Listed.Where(i => !HostApiSources.IsKnown(i.Source)).Select(i => i.ToString()), Is.Empty);
    }

    [Test]
    public void Every_member_reference_is_found_in_the_stand_in_with_the_same_signature()
    {
        // The metadata and the C# symbols must spell signatures alike, or the real-source check could not find them.
        var unresolved = Used.Value
            .Where(i => i.Kind is "method" or "field")
            .Where(i => ApiNames.FindType(i.Member[..i.Member.IndexOf("::", StringComparison.Ordinal)], [Source.Value]) is not { } type
                        || !ApiNames.FindMembers(type, i.Member).Any())
            .Select(i => i.Member);

        Assert.That(unresolved, Is.Empty);
    }
}
