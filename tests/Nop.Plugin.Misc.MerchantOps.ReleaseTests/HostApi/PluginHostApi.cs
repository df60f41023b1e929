using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MerchantOps.HostApi;

/// <summary>
/// Everything the plugin, compiled against the stand-in, takes from the store's API: the types and member
/// signatures its metadata references, and what <see cref="SourceUsage"/> finds in its source.
/// </summary>
public static class PluginHostApi
{
    /// <summary>
    /// nopCommerce's assemblies, and the packages the stand-in compiles against at another version than nopCommerce
    /// 4.90.3 ships (linq2db 6.5.1 for 5.4.1, FluentMigrator 8.0.1 for 7.1.0).
    /// </summary>
    public static readonly IReadOnlySet<string> HostAssemblies = new HashSet<string>(
        ["Nop.Core", "Nop.Data", "Nop.Services", "Nop.Web.Framework", "Nop.Web", "linq2db", "FluentMigrator", "FluentMigrator.Abstractions"]);

    public static bool IsHost(ISymbol symbol) =>
        (symbol as IAssemblySymbol ?? symbol.ContainingAssembly) is { } assembly && HostAssemblies.Contains(assembly.Name);

    /// <summary>The items, each once, sorted like the checked-in list.</summary>
    public static IReadOnlyList<HostApiItem> Read(string pluginAssemblyPath, CSharpCompilation pluginSource)
    {
        var metadata = MetadataReferences.Read(pluginAssemblyPath);
        var items = new List<HostApiItem>();

        foreach (var type in metadata.Types.Where(t => HostAssemblies.Contains(t.Assembly)))
        {
            var symbol = ApiNames.FindType(type.Name, [pluginSource]);
            items.Add(new HostApiItem("type", type.Name, $"{(symbol is null ? "?" : ApiNames.Kind(symbol))} {type.Assembly}"));
        }
        foreach (var member in metadata.Members.Where(m => HostAssemblies.Contains(m.Assembly)))
            items.Add(new HostApiItem(member.Member.Contains('(') ? "method" : "field", member.Member, member.Value));

        items.AddRange(SourceUsage.Read(pluginSource, IsHost));

        return HostApiList.Sorted(items.DistinctBy(i => i.Key)).ToList();
    }
}
