namespace Nop.Data.Configuration;

// Real source: src/Libraries/Nop.Data/Configuration/DataConfig.cs
// Stand-in: only the settings the schema code reads (no connection string, command timeout or NOLOCK switch; not
// an IConfig of appsettings.json).
/// <summary>The data settings of a store.</summary>
public partial class DataConfig
{
    public DataProviderType DataProvider { get; set; } = DataProviderType.Unknown;

    /// <summary>MySQL: the collation given at installation; empty = the server's default.</summary>
    public string Collation { get; set; } = string.Empty;

    /// <summary>MySQL: the character set given at installation; empty = the server's default.</summary>
    public string CharacterSet { get; set; } = string.Empty;
}
