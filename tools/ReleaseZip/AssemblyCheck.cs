namespace MerchantOps.ReleaseZip;

/// <summary>
/// Every assembly in the zip must load in a nopCommerce 4.90.3 store: the plugin targets .NET 9 like the store,
/// and each assembly reference is either something the store already has (at that version or higher) or a file of
/// the zip.
/// </summary>
public static class AssemblyCheck
{
    public const string TargetFramework = ".NETCoreApp,Version=v9.0";

    /// <summary>
    /// The stand-in builds against newer versions of these packages than nopCommerce 4.90.3 ships (linq2db 6.5.1 for
    /// 5.4.1, FluentMigrator 8.0.1 for 7.1.0): older ones cannot be restored here. nopCommerce binds a plugin's
    /// reference to the loaded assembly of that name whatever its version, so the plugin loads; what must still hold
    /// is that every member it uses exists in the store's version with the same signature, which the release tests
    /// check member by member (tests/Nop.Plugin.Misc.MerchantOps.ReleaseTests/HostApi/host-api-used.txt).
    /// </summary>
    public static readonly IReadOnlySet<string> NewerThanStoreCheckedMemberByMember =
        new HashSet<string>(["linq2db", "FluentMigrator", "FluentMigrator.Abstractions"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The problems of the assemblies among <paramref name="files"/> of <paramref name="folder"/>; empty when they load.</summary>
    public static IReadOnlyList<string> Check(string folder, IEnumerable<string> files, HostAssemblies host)
    {
        var assemblies = files
            .Where(file => file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(file => AssemblyFacts.Read(Path.Combine(folder, file)))
            .ToList();
        var problems = new List<string>();

        var plugin = assemblies.FirstOrDefault(a => a.Name + ".dll" == PluginFolder.AssemblyFile);
        if (plugin is null)
            problems.Add($"{PluginFolder.AssemblyFile} is missing.");
        else if (plugin.TargetFramework != TargetFramework)
            problems.Add($"{PluginFolder.AssemblyFile} targets {plugin.TargetFramework ?? "no framework"}; nopCommerce 4.90 runs on {TargetFramework}.");

        problems.AddRange(ReferenceProblems(assemblies, host));
        return problems;
    }

    /// <summary>The references among <paramref name="assemblies"/> that neither the store nor the other assemblies satisfy.</summary>
    public static IEnumerable<string> ReferenceProblems(IReadOnlyList<AssemblyFacts> assemblies, HostAssemblies host)
    {
        var shipped = assemblies.ToDictionary(a => a.Name, a => a.Version, StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in assemblies)
            foreach (var reference in assembly.References)
            {
                var name = reference.Name!;
                var wanted = reference.Version ?? new Version(0, 0);
                if (shipped.TryGetValue(name, out var inZip))
                {
                    if (inZip < wanted)
                        yield return $"{assembly.Name} references {name} {wanted}, the zip has {inZip}.";
                    continue;
                }

                var inStore = host.VersionOf(name);
                if (inStore is null)
                    yield return $"{assembly.Name} references {name} {wanted}, which neither nopCommerce 4.90.3 nor the zip has.";
                else if (inStore < wanted && !NewerThanStoreCheckedMemberByMember.Contains(name))
                    yield return $"{assembly.Name} references {name} {wanted}, nopCommerce 4.90.3 has {inStore}.";
            }
    }
}
