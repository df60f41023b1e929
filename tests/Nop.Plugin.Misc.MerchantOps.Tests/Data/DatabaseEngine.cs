namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>Database engines the data tests run on.</summary>
public enum DatabaseEngine
{
    /// <summary>A SQLite file in WAL mode, one per test database (foreign keys enforced).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database set up as a store sets it up (citext strings, citext and pgcrypto extensions).</summary>
    PostgreSql
}
