using System.Reflection;

namespace Nop.Data;

/// <summary>
/// What nopCommerce's ITypeFinder does for the data layer: finds classes in the loaded application and plugin
/// assemblies. Assemblies loaded later (a plugin assembly touched for the first time) are picked up on the next call.
/// Stand-in only; internal so that no plugin code can bind to it.
/// </summary>
internal static class StandInTypeFinder
{
    private static readonly string[] _skippedPrefixes =
    [
        "System", "Microsoft", "mscorlib", "netstandard", "linq2db", "FluentMigrator", "Npgsql", "SQLitePCLRaw",
        "nunit", "NUnit", "Moq", "Castle", "Newtonsoft", "testhost", "BenchmarkDotNet", "Perfolizer", "Iced",
        "Ical", "CsvHelper", "QRCoder", "Humanizer", "NodaTime"
    ];

    private static readonly object _lock = new();
    private static readonly HashSet<Assembly> _scanned = [];
    private static readonly List<Type> _types = [];
    private static readonly Dictionary<Type, List<Type>> _found = new();

    public static IReadOnlyList<Type> FindClassesOfType(Type assignTypeFrom)
    {
        lock (_lock)
        {
            if (ScanNewAssemblies())
                _found.Clear();

            if (!_found.TryGetValue(assignTypeFrom, out var found))
            {
                found = _types
                    .Where(type => !type.IsAbstract && !type.IsInterface && type.IsClass && assignTypeFrom.IsAssignableFrom(type))
                    .ToList();
                _found[assignTypeFrom] = found;
            }

            return found;
        }
    }

    /// <returns>Whether types were added.</returns>
    private static bool ScanNewAssemblies()
    {
        var added = false;
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (!_scanned.Add(assembly) || assembly.IsDynamic || IsSkipped(assembly))
                continue;

            _types.AddRange(GetLoadableTypes(assembly));
            added = true;
        }

        return added;
    }

    private static bool IsSkipped(Assembly assembly)
    {
        var name = assembly.GetName().Name ?? string.Empty;
        return _skippedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<Type> GetLoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.Where(type => type != null);
        }
    }
}
