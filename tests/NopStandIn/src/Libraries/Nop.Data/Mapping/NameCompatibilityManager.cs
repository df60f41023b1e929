namespace Nop.Data.Mapping;

// Real source: src/Libraries/Nop.Data/Mapping/NameCompatibilityManager.cs
/// <summary>
/// Resolves table and column names from every INameCompatibility found in the loaded assemblies (the plugin's
/// included). The first definition of a name wins, as in nopCommerce.
/// </summary>
public static partial class NameCompatibilityManager
{
    private static readonly object _lock = new();
    private static readonly Dictionary<Type, string> _tableNames = new();
    private static readonly Dictionary<(Type, string), string> _columnNames = new();
    private static readonly HashSet<Type> _loadedFrom = [];

    public static List<Type> AdditionalNameCompatibilities { get; } = [];

    public static string GetTableName(Type type)
    {
        lock (_lock)
        {
            LoadNewCompatibilities();
            return _tableNames.TryGetValue(type, out var name) ? name : type.Name;
        }
    }

    public static string GetColumnName(Type type, string propertyName)
    {
        lock (_lock)
        {
            LoadNewCompatibilities();
            return _columnNames.TryGetValue((type, propertyName), out var name) ? name : propertyName;
        }
    }

    private static void LoadNewCompatibilities()
    {
        var compatibilityTypes = StandInTypeFinder.FindClassesOfType(typeof(INameCompatibility))
            .Concat(AdditionalNameCompatibilities)
            .Where(type => !_loadedFrom.Contains(type))
            .Distinct()
            .ToList();

        // the first definition of a name wins, as in the store
        foreach (var compatibilityType in compatibilityTypes)
        {
            _loadedFrom.Add(compatibilityType);

            if (Activator.CreateInstance(compatibilityType) is not INameCompatibility compatibility)
                continue;

            foreach (var (entityType, tableName) in compatibility.TableNames)
                _tableNames.TryAdd(entityType, tableName);

            foreach (var (key, columnName) in compatibility.ColumnName)
                _columnNames.TryAdd(key, columnName);
        }
    }
}
