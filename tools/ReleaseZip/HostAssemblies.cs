namespace MerchantOps.ReleaseZip;

/// <summary>
/// The assemblies a nopCommerce 4.90.3 store loads for its plugins (Nop.Web's dependencies and the .NET 9 and
/// ASP.NET Core 9 shared frameworks), by name with the highest version it has. Read from host-assemblies-4.90.3.txt.
/// </summary>
public sealed class HostAssemblies
{
    private readonly Dictionary<string, Version> _versions;

    private HostAssemblies(Dictionary<string, Version> versions) => _versions = versions;

    public static HostAssemblies NopCommerce490 { get; } = Load();

    public Version? VersionOf(string assemblyName) => _versions.GetValueOrDefault(assemblyName);

    private static HostAssemblies Load()
    {
        using var stream = typeof(HostAssemblies).Assembly.GetManifestResourceStream("host-assemblies-4.90.3.txt")
            ?? throw new InvalidOperationException("host-assemblies-4.90.3.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var versions = new Dictionary<string, Version>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var version = Version.Parse(parts[1]);
            if (!versions.TryGetValue(parts[0], out var known) || known < version)
                versions[parts[0]] = version;
        }
        return new HostAssemblies(versions);
    }
}
