using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using Nop.Core;
using Nop.Data;

using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

/// <summary>The bench database of this process (name from MERCHANTOPS_BENCH_DATABASE, else merchantops_bench).</summary>
public static class BenchFixture
{
    public const string DatabaseVariable = "MERCHANTOPS_BENCH_DATABASE";

    private static readonly Lazy<BenchDatabase> _database = new(() =>
        new BenchDatabase(Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } name ? name : null));

    public static BenchDatabase Database => _database.Value;

    /// <summary>Throws unless `seed` finished on the database (its last step is recorded).</summary>
    public static async Task EnsureSeededAsync()
    {
        var database = Database;
        if (!await database.ExistsAsync())
            throw new InvalidOperationException($"Database '{database.DatabaseName}' does not exist: run the `seed` command first.");

        var seeded = await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'merchantops_bench_seed'") > 0
            && await database.ScalarAsync<long>("SELECT count(*) FROM merchantops_bench_seed WHERE step = 'vacuum'") > 0;
        if (!seeded)
            throw new InvalidOperationException($"Database '{database.DatabaseName}' is not fully seeded: run the `seed` command (it resumes).");
    }
}

/// <summary>
/// Base of the benchmarks over the big store: the stand-in's data layer exactly as the plugin gets it in a store and as
/// the tests use it — <see cref="INopDataProvider"/> (nopCommerce's PostgreSQL provider, citext strings) and
/// <see cref="IRepository{TEntity}"/> (<see cref="EntityRepository{TEntity}"/>) — with a cache that is off unless a
/// benchmark turns it on, and no event consumers. Put per-benchmark preparation in <see cref="SetupAsync"/> and its undoing
/// in <see cref="CleanupAsync"/> (BenchmarkDotNet allows one [GlobalSetup] per class, which is here).
/// </summary>
public abstract class StoreBenchmark
{
    private readonly ConcurrentDictionary<Type, object> _repositories = new();

    protected BenchDatabase Database => BenchFixture.Database;

    protected INopDataProvider DataProvider => Database.DataProvider;

    /// <summary>The static cache the repositories use; <see cref="InMemoryStaticCacheManager.Enabled"/> is false by default.</summary>
    protected InMemoryStaticCacheManager CacheManager { get; } = new() { Enabled = false };

    protected IRepository<T> Repository<T>() where T : BaseEntity =>
        (IRepository<T>)_repositories.GetOrAdd(typeof(T), _ => Database.Repository<T>(CacheManager));

    [GlobalSetup]
    public void GlobalSetup()
    {
        BenchFixture.EnsureSeededAsync().GetAwaiter().GetResult();
        SetupAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void GlobalCleanup() => CleanupAsync().GetAwaiter().GetResult();

    protected virtual Task SetupAsync() => Task.CompletedTask;

    protected virtual Task CleanupAsync() => Task.CompletedTask;
}
