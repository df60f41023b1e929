namespace Nop.Data.Mapping;

// Real source: src/Libraries/Nop.Data/Mapping/INameCompatibility.cs
/// <summary>Overrides the table name (class name) or column name (property name) of entities.</summary>
public partial interface INameCompatibility
{
    Dictionary<Type, string> TableNames { get; }

    Dictionary<(Type, string), string> ColumnName { get; }
}
