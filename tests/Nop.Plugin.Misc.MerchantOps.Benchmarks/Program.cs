using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Running;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Seeding;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/Nop.Plugin.Misc.MerchantOps.Benchmarks -- seed [options]
/// dotnet run -c Release --project tests/Nop.Plugin.Misc.MerchantOps.Benchmarks -- run [filter] [BenchmarkDotNet options]
/// (see README.md beside this file).
/// </summary>
public static class Program
{
    private const string Usage = """
        Merchant Ops benchmarks over a big-store PostgreSQL database.

          seed [--reset] [--database NAME] [--orders N] [--customers N] [--ready N] [--products N] [--batch N]
              builds (or resumes building) the database: store schema, base rows, nopdata.sh, checks, plugin migrations,
              VACUUM ANALYZE. Defaults: merchantops_bench, 1,000,000 orders, 5,000,000 customers, 10,000 ready to pack.
          run [filter] [--database NAME] [--caches warm|cold|all] [BenchmarkDotNet options, e.g. --list flat]
              runs the benchmarks whose full name contains filter (all without one), in Release; cold cases restart
              the server named in MERCHANTOPS_BENCH_COLD_CLUSTER (README).
          info [--database NAME]
              what the database holds and how PostgreSQL is set up.
          kpi-data [--reset] [--database NAME]
              the KPI rollup rows the widget benchmarks read: the plugin's backfill of the sales rollups (timed) and
              generated funnel and source rollups; kept once made (--reset makes them again).

        Server: 127.0.0.1:5432 postgres/postgres, or the Npgsql connection string in MERCHANTOPS_BENCH_POSTGRES.
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 1 : 0;
        }

        var rest = args.Skip(1).ToList();
        if (TakeOption(rest, "--database") is { } databaseName)
            Environment.SetEnvironmentVariable(BenchFixture.DatabaseVariable, databaseName);

        try
        {
            return args[0] switch
            {
                "seed" => await SeedAsync(rest),
                "run" => await RunAsync(rest),
                "info" => await InfoAsync(),
                "kpi-data" => await KpiDataAsync(rest),
                _ => Fail($"unknown command '{args[0]}'\n\n{Usage}")
            };
        }
        catch (InvalidOperationException exception)
        {
            return Fail(exception.Message);
        }
    }

    private static async Task<int> SeedAsync(List<string> rest)
    {
        var defaults = new SeedOptions();
        var options = new SeedOptions
        {
            Reset = TakeFlag(rest, "--reset"),
            Orders = TakeInt(rest, "--orders") ?? defaults.Orders,
            Customers = TakeInt(rest, "--customers") ?? defaults.Customers,
            ReadyToPack = TakeInt(rest, "--ready") ?? defaults.ReadyToPack,
            Products = TakeInt(rest, "--products") ?? defaults.Products,
            Batch = TakeInt(rest, "--batch") ?? defaults.Batch
        };
        if (rest.Count > 0)
            return Fail($"seed: unexpected argument(s) {string.Join(' ', rest)}\n\n{Usage}");
        if (options.ReadyToPack > options.Orders || options.Orders < 1 || options.Customers < 100 || options.Products < 200)
            return Fail("seed: need 1 ≤ ready ≤ orders, customers ≥ 100, products ≥ 200");

        return await new BigStoreSeeder(BenchFixture.Database, options).RunAsync();
    }

    private static async Task<int> RunAsync(List<string> rest)
    {
        if (typeof(Program).Assembly.GetCustomAttribute<System.Diagnostics.DebuggableAttribute>()?.IsJITOptimizerDisabled == true)
            return Fail("run: benchmarks need a Release build: dotnet run -c Release --project tests/Nop.Plugin.Misc.MerchantOps.Benchmarks -- run");

        await BenchFixture.EnsureSeededAsync();
        var applied = await BenchFixture.Database.ApplyPluginMigrationsAsync();
        if (applied.Count > 0)
        {
            Console.WriteLine($"// plugin migrations applied to '{BenchFixture.Database.DatabaseName}': {string.Join("; ", applied)}");
            await BenchFixture.Database.ExecuteAsync("ANALYZE");
        }
        await PrintEnvironmentAsync();

        if (TakeOption(rest, "--caches") is { } caches)
            Environment.SetEnvironmentVariable(BenchCaches.Variable, caches);
        BenchCaches.Includes(CacheState.Warm);

        var switcherArgs = new List<string>();
        if (rest.Count > 0 && !rest[0].StartsWith('-'))
        {
            var filter = rest[0];
            rest.RemoveAt(0);
            switcherArgs.AddRange(["--filter", filter.Contains('*') || filter.Contains('?') ? filter : $"*{filter}*"]);
        }
        else if (!rest.Contains("--filter") && !rest.Contains("--list"))
        {
            switcherArgs.AddRange(["--filter", "*"]);
        }
        switcherArgs.AddRange(rest);

        // one folder per database: a run on the 60,000-ready store does not overwrite the plans of the default one
        var artifacts = Path.Combine(RepositoryPaths.Root, "tests", "Nop.Plugin.Misc.MerchantOps.Benchmarks", "BenchmarkDotNet.Artifacts");
        if (BenchFixture.Database.DatabaseName != BenchDatabase.DefaultDatabaseName)
            artifacts = Path.Combine(artifacts, BenchFixture.Database.DatabaseName);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. switcherArgs], BenchConfig.Create(artifacts));
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }

    private static async Task<int> KpiDataAsync(List<string> rest)
    {
        var reset = TakeFlag(rest, "--reset");
        if (rest.Count > 0)
            return Fail($"kpi-data: unexpected argument(s) {string.Join(' ', rest)}\n\n{Usage}");
        await BenchFixture.EnsureSeededAsync();
        await PrintEnvironmentAsync();
        await KpiWidgetBenchData.EnsureAsync(BenchFixture.Database, new Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes.InMemoryStaticCacheManager { Enabled = false }, reset);
        return 0;
    }

    private static async Task<int> InfoAsync()
    {
        await PrintEnvironmentAsync();
        var database = BenchFixture.Database;
        if (!await database.ExistsAsync())
            return Fail($"database '{database.DatabaseName}' does not exist: run `seed`");

        foreach (var table in new[] { "Order", "OrderItem", "Customer", "Address", "Product", "ProductAttributeCombination", "ProductWarehouseInventory", "ShoppingCartItem" })
        {
            var rows = await database.ScalarAsync<long>($"SELECT count(*) FROM \"{table}\"");
            var size = await database.ScalarAsync<string>($"SELECT pg_size_pretty(pg_total_relation_size('\"{table}\"'))");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table,-30} {rows,12:N0} rows  {size,10} (with indexes)"));
        }
        return 0;
    }

    private static async Task PrintEnvironmentAsync()
    {
        var database = BenchFixture.Database;
        var settings = database.Settings;
        Console.WriteLine($"// PostgreSQL {settings.Host}:{settings.Port}, database '{database.DatabaseName}'");
        if (!await database.ExistsAsync())
            return;

        var server = await database.ScalarAsync<string>(
            "SELECT current_setting('server_version') || ', shared_buffers ' || current_setting('shared_buffers') || ', work_mem ' || current_setting('work_mem') " +
            "|| ', max_parallel_workers_per_gather ' || current_setting('max_parallel_workers_per_gather') || ', jit ' || current_setting('jit') " +
            "|| ', size ' || pg_size_pretty(pg_database_size(current_database()))");
        Console.WriteLine($"// {server}; {Environment.ProcessorCount} logical cores, .NET {Environment.Version}; load average {LoadAverage.Now}");

        if (await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'Order'") == 0)
            return;
        var ready = await database.ScalarAsync<long>(PackingBenchData.ReadyCountSql);
        var limit = PackingLimits.MaxQueueSortedInMemory;
        var path = ready > limit
            ? FormattableString.Invariant($"above {limit:N0}, the queue and \"next N oldest\" let the database sort")
            : FormattableString.Invariant($"up to {limit:N0}, the queue and \"next N oldest\" sort them in memory");
        Console.WriteLine(FormattableString.Invariant($"// packing queue: {ready:N0} ready orders (default setting): {path}"));
        if (Environment.GetEnvironmentVariable(ColdCache.ClusterVariable) is { Length: > 0 })
            Console.WriteLine($"// cold cases restart cluster {ColdCache.Cluster().Version} {ColdCache.Cluster().Name} ({ColdCache.Cluster().DataDirectory})");
    }

    private static string TakeOption(List<string> args, string name)
    {
        var index = args.IndexOf(name);
        if (index < 0)
            return null;
        if (index + 1 >= args.Count)
            throw new InvalidOperationException($"{name} needs a value");
        var value = args[index + 1];
        args.RemoveRange(index, 2);
        return value;
    }

    private static int? TakeInt(List<string> args, string name) =>
        TakeOption(args, name) is { } value
            ? int.TryParse(value.Replace("_", string.Empty).Replace(",", string.Empty), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw new InvalidOperationException($"{name}: '{value}' is not a number")
            : null;

    private static bool TakeFlag(List<string> args, string name) => args.Remove(name);

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
