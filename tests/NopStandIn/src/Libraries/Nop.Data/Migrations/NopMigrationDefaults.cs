namespace Nop.Data.Migrations;

// Real source: src/Libraries/Nop.Data/Migrations/NopMigrationDefaults.cs
public static partial class NopMigrationDefaults
{
    /// <summary>Formats of the date a migration attribute is given; its ticks are the migration version.</summary>
    public static string[] DateFormats { get; } =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy.MM.dd HH:mm:ss", "yyyy/MM/dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss:fffffff", "yyyy.MM.dd HH:mm:ss:fffffff", "yyyy/MM/dd HH:mm:ss:fffffff"
    ];

    /// <summary>Description of an update migration: {0} nopCommerce version, {1} update type.</summary>
    public static string UpdateMigrationDescription => "nopCommerce version {0}. Update {1}";
}
