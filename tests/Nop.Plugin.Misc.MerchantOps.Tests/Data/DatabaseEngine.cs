namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>Database engines the data tests run on.</summary>
public enum DatabaseEngine
{
    /// <summary>A SQLite file in WAL mode, one per test database (foreign keys enforced).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database set up as a store sets it up (citext strings, citext and pgcrypto extensions).</summary>
    PostgreSql,

    /// <summary>
    /// A MariaDB (MySQL family) database set up as a store sets it up: InnoDB, the server's utf8mb4 case-insensitive
    /// collation, nopCommerce's MySQL types (NVARCHAR(n), LONGTEXT, datetime(6)), through MySqlConnector.
    /// </summary>
    MySql
}
