namespace Nop.Data;

// Real source: src/Libraries/Nop.Data/DataProviderType.cs (the JSON names of appsettings are left out)
/// <summary>The database engines a store runs on.</summary>
public enum DataProviderType
{
    Unknown,
    SqlServer,
    MySql,
    PostgreSQL
}
