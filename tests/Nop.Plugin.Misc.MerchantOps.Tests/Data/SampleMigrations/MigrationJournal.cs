using System.Collections.Concurrent;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data.SampleMigrations;

/// <summary>Which sample migration steps ran, in order, per database (keyed by connection string).</summary>
public static class MigrationJournal
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _steps = new();

    public static void Record(string connectionString, string step) =>
        _steps.GetOrAdd(connectionString ?? string.Empty, _ => new ConcurrentQueue<string>()).Enqueue(step);

    public static IReadOnlyList<string> StepsOf(TestDatabase database) =>
        _steps.TryGetValue(database.ConnectionString, out var steps) ? steps.ToList() : [];
}
