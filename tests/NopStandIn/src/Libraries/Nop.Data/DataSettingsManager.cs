using Nop.Data.Configuration;

namespace Nop.Data;

// Real source: src/Libraries/Nop.Data/DataSettingsManager.cs
// Stand-in: nopCommerce loads one DataConfig per process from appsettings.json. The tests run databases of several
// engines in one process, so here the settings belong to the code running a migration: MigrationManager sets them
// from its runner's processor (UseSettings) while a migration runs, and LoadSettings reads them. Outside a migration
// the engine is Unknown (SQLite, which nopCommerce only uses in its own tests).
/// <summary>The data settings schema code reads (FluentMigratorExtensions.AsNopDateTime2, NopMySql5TypeMap).</summary>
public partial class DataSettingsManager
{
    private static readonly AsyncLocal<DataConfig> _current = new();

    public static DataConfig LoadSettings() => _current.Value ?? new DataConfig();

    /// <summary>Makes <paramref name="settings"/> the data settings of this flow of execution until disposed.</summary>
    public static IDisposable UseSettings(DataConfig settings)
    {
        var previous = _current.Value;
        _current.Value = settings;
        return new Restore(() => _current.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
