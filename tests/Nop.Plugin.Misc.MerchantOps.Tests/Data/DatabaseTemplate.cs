namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// What a test database is a copy of. Both templates are built once per test process, by the real migrations of the
/// code under test, so they cannot be stale.
/// </summary>
internal enum DatabaseTemplate
{
    /// <summary>A store's schema: Nop.Data's installation migrations (its update migrations recorded).</summary>
    Store,

    /// <summary>
    /// The store's schema with the plugin installed: a copy of <see cref="Store"/> on which
    /// <see cref="StoreSchemaMigrations.InstallPluginSchema(Nop.Data.Migrations.IMigrationManager)"/> ran.
    /// </summary>
    PluginInstalled
}
