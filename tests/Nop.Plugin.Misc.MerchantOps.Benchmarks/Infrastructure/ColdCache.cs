using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Npgsql;
using Nop.Core.Caching;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

/// <summary>Whether a call meets warm caches (what the calls before it left) or cold ones (<see cref="ColdCache"/>).</summary>
public enum CacheState
{
    Warm,
    Cold
}

/// <summary>Which cache states a run measures: `run --caches warm|cold|all` (default all).</summary>
public static class BenchCaches
{
    public const string Variable = "MERCHANTOPS_BENCH_CACHES";

    public static bool Includes(CacheState state) =>
        Environment.GetEnvironmentVariable(Variable)?.Trim().ToLowerInvariant() switch
        {
            null or "" or "all" => true,
            "warm" => state == CacheState.Warm,
            "cold" => state == CacheState.Cold,
            var other => throw new InvalidOperationException($"--caches {other}: warm, cold or all")
        };
}

/// <summary>
/// A benchmark whose cold cases empty the caches before every measured call; the probe (<see cref="DbTimeProbe"/>)
/// does the same before the call it records and before each replay, so the DB time of a cold case is a cold one.
/// </summary>
public interface IColdBeforeEachCall
{
    bool IsCold { get; }

    void MakeCold();
}

/// <summary>
/// "Cold" as a store meets it after its database server restarted, or after other work pushed this data out of
/// memory — while the application itself keeps running (its code compiled, linq2db's query cache filled):
/// <list type="number">
/// <item>nopCommerce's static cache emptied (<see cref="IStaticCacheManager.ClearAsync"/>);</item>
/// <item>Npgsql's connection pool emptied: the call opens new connections, i.e. new PostgreSQL backends with empty
/// catalog and plan caches;</item>
/// <item>the PostgreSQL server stopped (shared_buffers emptied), the operating system's page cache of every file in
/// its data directory dropped (sync, then posix_fadvise DONTNEED per file: the files are read from disk again, and
/// only this server's files, not the other work on the machine), the server started again.</item>
/// </list>
/// Restarting a server is not something to do to a shared one: cold runs need a PostgreSQL cluster of the benchmarks'
/// own, named in MERCHANTOPS_BENCH_COLD_CLUSTER as pg_ctlcluster knows it ("15 bench"), whose port must be the bench
/// connection's port; without it they refuse to run.
/// </summary>
public static class ColdCache
{
    public const string ClusterVariable = "MERCHANTOPS_BENCH_COLD_CLUSTER";

    private const int PosixFadvDontNeed = 4;

    private static (string Version, string Name, string DataDirectory)? _cluster;

    public static int Evictions { get; private set; }

    public static void Evict(IStaticCacheManager staticCache)
    {
        var (version, name, dataDirectory) = Cluster();

        staticCache?.ClearAsync().GetAwaiter().GetResult();
        NpgsqlConnection.ClearAllPools();
        PgCtlCluster(version, name, "stop", "-m", "fast");
        if (Evictions == 0)
        {
            // once per run, the evidence: how much of the server's files the page cache held, and holds after
            var before = CachedPages(dataDirectory);
            DropPageCache(dataDirectory);
            Console.WriteLine($"// ColdCache: cluster {version} {name} stopped; page cache of {dataDirectory}: {before:N0} pages before, " +
                $"{CachedPages(dataDirectory):N0} after dropping");
        }
        else
        {
            DropPageCache(dataDirectory);
        }
        PgCtlCluster(version, name, "start");
        Evictions++;
    }

    /// <summary>The cluster named in <see cref="ClusterVariable"/>, checked against the bench connection (same port).</summary>
    public static (string Version, string Name, string DataDirectory) Cluster()
    {
        if (_cluster is { } known)
            return known;

        var configured = Environment.GetEnvironmentVariable(ClusterVariable)?.Split(' ', '/', StringSplitOptions.RemoveEmptyEntries);
        if (configured is not { Length: 2 })
            throw new InvalidOperationException($"Cold runs restart the PostgreSQL server: set {ClusterVariable} to a cluster of the " +
                "benchmarks' own, as pg_ctlcluster names it (e.g. \"15 bench\"); never the shared test server. See the README.");

        var port = BenchFixture.Database.Settings.Port;
        var line = Run("pg_lsclusters", ["-h"]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(columns => columns.Length >= 6 && columns[0] == configured[0] && columns[1] == configured[1])
            ?? throw new InvalidOperationException($"{ClusterVariable}: pg_lsclusters has no cluster '{configured[0]} {configured[1]}'.");
        if (line[2] != port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"{ClusterVariable}: cluster {configured[0]} {configured[1]} listens on {line[2]}, the bench connection on {port}.");

        _cluster = (configured[0], configured[1], line[5]);
        return _cluster.Value;
    }

    /// <summary>Pages of the data directory's files that the page cache still holds (for the check in the README).</summary>
    public static long CachedPages(string directory)
    {
        long pages = 0;
        foreach (var output in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Chunk(200)
            .Select(files => Run("fincore", ["--noheadings", "--output", "PAGES", .. files])))
            pages += output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Sum(value => long.Parse(value.Trim(), System.Globalization.CultureInfo.InvariantCulture));
        return pages;
    }

    private static void DropPageCache(string directory)
    {
        sync();
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            SafeFileHandle handle;
            try
            {
                handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            using (handle)
            {
                var result = posix_fadvise((int)handle.DangerousGetHandle(), 0, 0, PosixFadvDontNeed);
                if (result != 0)
                    throw new InvalidOperationException($"posix_fadvise({path}) failed: {result}");
            }
        }
    }

    private static void PgCtlCluster(string version, string name, params string[] action) => Run("pg_ctlcluster", [version, name, .. action]);

    private static string Run(string file, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        }) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output}");
        return output;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int posix_fadvise(int fd, long offset, long length, int advice);

    [DllImport("libc")]
    private static extern void sync();
}
