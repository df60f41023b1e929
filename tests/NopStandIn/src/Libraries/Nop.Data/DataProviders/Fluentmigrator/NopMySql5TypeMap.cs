using System.Data;
using FluentMigrator.Runner.Generators.MySql;

namespace Nop.Data.DataProviders.Fluentmigrator;

// Real source: src/Libraries/Nop.Data/DataProviders/Fluentmigrator/NopMySql5TypeMap.cs
// Stand-in: nopCommerce builds no maps at all unless the store runs on MySQL; the stand-in registers it only for
// MySQL databases and builds the maps whatever the settings (they are read when the generator is made, which may be
// outside a migration).
/// <summary>
/// FluentMigrator's MySQL 5 types, except that TEXT, MEDIUMTEXT and LONGTEXT columns take the character set and
/// collation given at installation (by default none: the database's, utf8mb4 on a current server) instead of
/// FluentMigrator's utf8. Strings up to 8192 characters stay NVARCHAR(n), which MySQL and MariaDB store as utf8
/// (3 bytes a character, no emoji).
/// </summary>
public partial class NopMySql5TypeMap : MySql5TypeMap
{
    protected override void SetupMySqlTypeMaps()
    {
        base.SetupMySqlTypeMaps();

        var dataSettings = DataSettingsManager.LoadSettings();
        var charSet = !string.IsNullOrEmpty(dataSettings.Collation) && !string.IsNullOrEmpty(dataSettings.CharacterSet)
            ? $" CHARACTER SET {dataSettings.CharacterSet}"
            : string.Empty;
        var collation = !string.IsNullOrEmpty(dataSettings.Collation) ? $" COLLATE {dataSettings.Collation}" : string.Empty;

        foreach (var type in new[] { DbType.StringFixedLength, DbType.String })
        {
            SetTypeMap(type, $"TEXT{charSet}{collation}", TextCapacity);
            SetTypeMap(type, $"MEDIUMTEXT{charSet}{collation}", MediumTextCapacity);
            SetTypeMap(type, $"LONGTEXT{charSet}{collation}", LongTextCapacity);
        }
    }
}
