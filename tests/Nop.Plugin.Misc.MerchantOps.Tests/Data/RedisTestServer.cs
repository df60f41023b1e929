using NUnit.Framework;
using StackExchange.Redis;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// The Redis server named by MERCHANTOPS_TEST_REDIS (host:port, StackExchange.Redis configuration syntax), for the
/// web-farm tests: nopCommerce's distributed cache on a store run as a web farm. Like the PostgreSQL and MariaDB
/// tests, a test needing it is ignored when no server answers and failed when the CI variable is true.
/// Start one with 'sudo tests/scripts/start-redis.sh'.
/// </summary>
internal static class RedisTestServer
{
    public const string ConnectionStringVariable = "MERCHANTOPS_TEST_REDIS";
    private const string DefaultConnectionString = "127.0.0.1:6379";

    private static readonly SemaphoreSlim _checkLock = new(1, 1);
    private static bool _checked;
    private static string _unreachableReason;

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured ? configured : DefaultConnectionString;

    /// <summary>
    /// A connection of one application instance (each instance of a web farm has its own). Ignores the test when
    /// no server answers (fails it on CI).
    /// </summary>
    public static async Task<ConnectionMultiplexer> ConnectAsync()
    {
        await EnsureReachableAsync();
        return await ConnectionMultiplexer.ConnectAsync(Options());
    }

    /// <summary>
    /// A name of its own for one test's farm: the instances of a farm share it, and nothing another test does under
    /// another name reaches them (nopCommerce's DistributedCacheConfig.InstanceName, default "nopCommerce").
    /// </summary>
    public static string NewInstanceName() => $"merchantops-test-{Guid.NewGuid():N}";

    private static ConfigurationOptions Options()
    {
        var options = ConfigurationOptions.Parse(ConnectionString);
        options.AllowAdmin = true; // the key scan of RemoveByPrefix, as nopCommerce's connection wrapper allows it
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 5000;
        return options;
    }

    private static async Task EnsureReachableAsync()
    {
        if (!_checked)
        {
            await _checkLock.WaitAsync();
            try
            {
                if (!_checked)
                {
                    try
                    {
                        await using var probe = await ConnectionMultiplexer.ConnectAsync(Options());
                        await probe.GetDatabase().PingAsync();
                    }
                    catch (Exception exception) when (exception is RedisException or TimeoutException)
                    {
                        _unreachableReason = $"Redis is not reachable at {ConnectionString} ({exception.Message}). " +
                            $"Start it with 'sudo tests/scripts/start-redis.sh' or set {ConnectionStringVariable}.";
                    }

                    _checked = true;
                }
            }
            finally
            {
                _checkLock.Release();
            }
        }

        if (_unreachableReason == null)
            return;

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(_unreachableReason);

        Assert.Ignore(_unreachableReason);
    }
}
