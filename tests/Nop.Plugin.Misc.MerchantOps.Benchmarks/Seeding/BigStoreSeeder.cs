using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Npgsql;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Seeding;

/// <summary>Sizes of the big store; the defaults are the size the speed targets are set for: 1,000,000 orders, 5,000,000 customers, 10,000 ready to pack.</summary>
public sealed record SeedOptions
{
    public int Orders { get; init; } = 1_000_000;
    public int Customers { get; init; } = 5_000_000;
    public int ReadyToPack { get; init; } = 10_000;
    public int Products { get; init; } = 3_000;
    public int Batch { get; init; } = 100_000;
    public bool Reset { get; init; }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"orders={Orders} customers={Customers} ready_to_pack={ReadyToPack} products={Products}");
}

/// <summary>
/// Builds the big-store database step by step, each step recorded in table <c>merchantops_bench_seed</c> when it is
/// done, so that running <c>seed</c> again resumes after the last finished step (and does nothing on a finished
/// database but apply the plugin's new migrations):
/// <list type="number">
/// <item>schema — the stand-in's store schema migrations (nopCommerce's tables and indexes), as a store installation;</item>
/// <item>base — stores, languages, roles, countries, warehouses, vendors, staff and the catalog (<see cref="StoreCatalog"/>);</item>
/// <item>nopdata — /work/shared/tools/nopdata/nopdata.sh: customers, addresses, orders and items, carts (by SQL, in
/// batches, with progress); temporary triggers (Sql/before-nopdata.sql) spread its rows over the stores, shipping
/// methods, countries and attribute combinations;</item>
/// <item>enrich — Sql/after-nopdata.sql, then the checks (exactly the asked number of orders in the packing queue);</item>
/// <item>plugin migrations — the plugin's pending migrations, as installing it on this big store would run them (every time);</item>
/// <item>vacuum — VACUUM (ANALYZE), so the planner has statistics and index-only scans have a visibility map, as on a store
/// that autovacuum has visited.</item>
/// </list>
/// nopdata.sh cannot resume a run it did not finish; if it was interrupted, the database is dropped and built again.
/// </summary>
public sealed class BigStoreSeeder(BenchDatabase database, SeedOptions options)
{
    private const string MarkerTable = "merchantops_bench_seed";
    private readonly Stopwatch _total = Stopwatch.StartNew();

    public async Task<int> RunAsync()
    {
        Log($"big-store seeding of database '{database.DatabaseName}' ({options.Describe()})");
        if (!await ServerReachableAsync())
            return 2;

        if (options.Reset && await database.ExistsAsync())
        {
            Log("--reset: dropping the database");
            await database.DropAsync();
        }

        for (var attempt = 1; ; attempt++)
        {
            var result = await SeedOnceAsync();
            if (result != SeedResult.Restart)
                return result == SeedResult.Done ? 0 : 1;

            if (attempt > 1)
                throw new InvalidOperationException("The seeding was restarted twice; giving up.");
            Log("dropping the database and starting again");
            await database.DropAsync();
        }
    }

    private enum SeedResult { Done, Failed, Restart }

    private async Task<SeedResult> SeedOnceAsync()
    {
        if (!await database.ExistsAsync())
        {
            Log($"creating database '{database.DatabaseName}' (extensions citext, pgcrypto)");
            await database.CreateAsync();
        }

        await database.ExecuteAsync($"CREATE TABLE IF NOT EXISTS {MarkerTable} (step text PRIMARY KEY, finished_utc timestamp NOT NULL, " +
            "seconds numeric(10,1) NOT NULL, detail text)");
        var done = await DoneStepsAsync();

        if (done.TryGetValue("parameters", out var recorded) && recorded != options.Describe())
        {
            Log($"this database was seeded with {recorded}, not {options.Describe()}: run with --reset to build it again");
            return SeedResult.Failed;
        }

        if (!done.ContainsKey("parameters"))
            await MarkAsync("parameters", TimeSpan.Zero, options.Describe());

        if (!done.ContainsKey("schema"))
        {
            if (await TableExistsAsync("Order"))
            {
                Log("a previous schema step did not finish");
                return SeedResult.Restart;
            }

            if (!await StepAsync("schema", "store schema: the stand-in's Nop.Data installation migrations (tables, foreign keys, indexes)", () =>
                {
                    database.CreateStoreSchema();
                    return Task.FromResult("Nop.Data installation migrations");
                }))
                return SeedResult.Failed;
        }

        if (!done.ContainsKey("base"))
        {
            if (!await StepAsync("base", "base rows: stores, languages, roles, countries, warehouses, vendors, staff, catalog", async () =>
                {
                    await database.ExecuteAsync("TRUNCATE \"ProductWarehouseInventory\", \"ProductAttributeCombination\", \"Product\", " +
                        "\"Customer_CustomerRole_Mapping\", \"Customer\", \"Vendor\", \"Warehouse\", \"Address\", \"Country\", \"CustomerRole\", " +
                        "\"Store\", \"Language\" RESTART IDENTITY CASCADE");
                    await StoreCatalog.InsertAsync(database, options.Products, message => Log("  " + message));
                    return "catalog inserted";
                }))
                return SeedResult.Failed;
        }

        var ranges = await CatalogRanges.LoadAsync(database);

        if (!done.ContainsKey("nopdata"))
        {
            if (await TableExistsAsync("nopdata_run") && await database.ScalarAsync<long>("SELECT count(*) FROM nopdata_run") > 0)
            {
                Log("nopdata.sh was interrupted in an earlier run and cannot resume");
                return SeedResult.Restart;
            }

            var ok = await StepAsync("nopdata", "nopdata.sh: customers, addresses, orders with their items, carts", async () =>
            {
                await ExecuteScriptAsync("before-nopdata.sql", ranges);
                await NopDataScript.RunAsync(database, options, line => Log("  nopdata | " + line));
                return "nopdata.sh " + options.Describe();
            });
            if (!ok)
                return SeedResult.Failed;
        }

        if (!done.ContainsKey("enrich"))
        {
            var ok = await StepAsync("enrich", "after nopdata: triggers dropped, download-only orders given a shippable item, checks", async () =>
            {
                await ExecuteScriptAsync("after-nopdata.sql", ranges);
                return await CheckAsync();
            });
            if (!ok)
                return SeedResult.Failed;
        }

        var pluginStarted = Stopwatch.StartNew();
        var applied = await database.ApplyPluginMigrationsAsync();
        Log(applied.Count == 0
            ? "plugin migrations: none pending"
            : $"plugin migrations applied ({pluginStarted.Elapsed.TotalSeconds:0.0} s): {string.Join("; ", applied)}");

        if (!done.ContainsKey("vacuum") || applied.Count > 0)
        {
            if (!await StepAsync("vacuum", "VACUUM (ANALYZE) of the whole database", async () =>
                {
                    await database.ExecuteAsync("VACUUM (ANALYZE)");
                    return "vacuum analyze";
                }))
                return SeedResult.Failed;
        }

        await PrintSummaryAsync();
        return SeedResult.Done;
    }

    private async Task<bool> StepAsync(string step, string title, Func<Task<string>> run)
    {
        Log($"step {step}: {title}");
        var stopwatch = Stopwatch.StartNew();
        string detail;
        try
        {
            detail = await run();
        }
        catch (Exception exception)
        {
            Log($"step {step} failed after {stopwatch.Elapsed.TotalSeconds:0.0} s: " +
                (exception is NpgsqlException or InvalidOperationException ? exception.Message : exception.ToString()));
            return false;
        }

        await MarkAsync(step, stopwatch.Elapsed, detail);
        Log($"step {step} done in {Format(stopwatch.Elapsed)}");
        return true;
    }

    /// <summary>The data the benchmarks rely on, checked; returns a one-line description of it.</summary>
    private async Task<string> CheckAsync()
    {
        var orders = await database.ScalarAsync<long>("SELECT count(*) FROM \"Order\"");
        var customers = await database.ScalarAsync<long>("SELECT count(*) FROM \"Customer\"");
        // the packing queue with the default setting (payment Paid only)
        var ready = await database.ScalarAsync<long>(
            "SELECT count(*) FROM \"Order\" o WHERE NOT o.\"Deleted\" AND o.\"OrderStatusId\" IN (10, 20) AND o.\"PaymentStatusId\" = 30 " +
            "AND o.\"ShippingStatusId\" IN (20, 25) AND EXISTS (SELECT 1 FROM \"OrderItem\" oi JOIN \"Product\" p ON p.\"Id\" = oi.\"ProductId\" " +
            "WHERE oi.\"OrderId\" = o.\"Id\" AND p.\"IsShipEnabled\")");
        var readyExact = await database.ScalarAsync<long>(
            "SELECT count(*) FROM \"Order\" WHERE NOT \"Deleted\" AND \"OrderStatusId\" = 20 AND \"PaymentStatusId\" = 30 AND \"ShippingStatusId\" = 20");
        var authorized = await database.ScalarAsync<long>(
            "SELECT count(*) FROM \"Order\" WHERE NOT \"Deleted\" AND \"OrderStatusId\" IN (10, 20) AND \"PaymentStatusId\" = 20 AND \"ShippingStatusId\" IN (20, 25)");
        var pendingPayment = await database.ScalarAsync<long>(
            "SELECT count(*) FROM \"Order\" WHERE NOT \"Deleted\" AND \"OrderStatusId\" IN (10, 20) AND \"PaymentStatusId\" = 10 AND \"ShippingStatusId\" IN (20, 25)");
        var downloadOnly = await database.ScalarAsync<long>(
            "SELECT count(*) FROM \"Order\" o WHERE o.\"ShippingStatusId\" <> 10 AND NOT EXISTS (SELECT 1 FROM \"OrderItem\" oi " +
            "JOIN \"Product\" p ON p.\"Id\" = oi.\"ProductId\" WHERE oi.\"OrderId\" = o.\"Id\" AND p.\"IsShipEnabled\")");
        var items = await database.ScalarAsync<long>("SELECT count(*) FROM \"OrderItem\"");
        var combinationItems = await database.ScalarAsync<long>("SELECT count(*) FROM \"OrderItem\" WHERE \"AttributesXml\" <> ''");

        var detail = string.Create(CultureInfo.InvariantCulture,
            $"orders={orders} items={items} (with a combination: {combinationItems}) customers={customers} " +
            $"packing queue={ready} (Processing/Paid/NotYetShipped={readyExact}; also Authorized: +{authorized}, also payment Pending: +{pendingPayment})");
        Log("  " + detail);

        var problems = new List<string>();
        if (orders != options.Orders)
            problems.Add($"{orders} orders instead of {options.Orders}");
        if (customers < options.Customers)
            problems.Add($"{customers} customers, fewer than {options.Customers}");
        if (ready != options.ReadyToPack || readyExact != options.ReadyToPack)
            problems.Add($"{ready} orders in the packing queue ({readyExact} Processing/Paid/NotYetShipped) instead of exactly {options.ReadyToPack}");
        if (downloadOnly != 0)
            problems.Add($"{downloadOnly} orders to ship without a shippable item");
        if (problems.Count > 0)
            throw new InvalidOperationException("the seeded data is not what the benchmarks expect: " + string.Join("; ", problems));

        return detail;
    }

    private async Task PrintSummaryAsync()
    {
        Log("seeding finished; steps recorded in " + MarkerTable + ":");
        await using (var connection = await database.OpenAsync())
        await using (var command = new NpgsqlCommand($"SELECT step, seconds, coalesce(detail, '') FROM {MarkerTable} ORDER BY finished_utc", connection))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {reader.GetString(0),-10} {reader.GetDecimal(1),8:0.0} s  {reader.GetString(2)}"));

        var seconds = await database.ScalarAsync<decimal>($"SELECT coalesce(sum(seconds), 0) FROM {MarkerTable}");
        var size = await database.ScalarAsync<string>("SELECT pg_size_pretty(pg_database_size(current_database()))");
        Log(string.Create(CultureInfo.InvariantCulture,
            $"database '{database.DatabaseName}': {size}; seeding steps took {seconds:0} s in all ({seconds / 60:0.0} min); this run {Format(_total.Elapsed)}"));
    }

    private async Task ExecuteScriptAsync(string name, CatalogRanges ranges)
    {
        var sql = ReadScript(name)
            .Replace("{{SECOND_STORE_ID}}", Int(ranges.SecondStoreId))
            .Replace("{{COMBINATION_FIRST_ID}}", Int(ranges.Combinations.First))
            .Replace("{{COMBINATION_LAST_ID}}", Int(ranges.Combinations.Last))
            .Replace("{{DOWNLOAD_FIRST_ID}}", Int(ranges.Downloads.First))
            .Replace("{{DOWNLOAD_LAST_ID}}", Int(ranges.Downloads.Last))
            .Replace("{{SIMPLE_FIRST_ID}}", Int(ranges.SimpleShippable.First))
            .Replace("{{SIMPLE_LAST_ID}}", Int(ranges.SimpleShippable.Last))
            .Replace("{{COLOUR_NAME_OF_CODE}}", ColourNameOfCode())
            .Replace("{{COUNTRY_OF_R}}", CountryOfPercentile(ranges));

        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 })
            await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    private static string ColourNameOfCode()
    {
        var sql = new StringBuilder("CASE split_part(sku, '-', 4)");
        foreach (var (code, name) in new[] { ("WHT", "White"), ("NVY", "Navy"), ("SGE", "Sage"), ("TRC", "Terracotta"), ("OCH", "Ochre"), ("BLK", "Black") })
            sql.Append(CultureInfo.InvariantCulture, $" WHEN '{code}' THEN '{name}'");
        return sql.Append(" ELSE split_part(sku, '-', 4) END").ToString();
    }

    private static string CountryOfPercentile(CatalogRanges ranges)
    {
        var sql = new StringBuilder("CASE");
        var cumulative = 0;
        foreach (var country in StoreCatalog.Countries)
        {
            cumulative += country.Share;
            sql.Append(CultureInfo.InvariantCulture, $" WHEN r < {cumulative} THEN {ranges.CountryIds[country.Iso2]}");
        }
        return sql.Append(CultureInfo.InvariantCulture, $" ELSE {ranges.CountryIds["FR"]} END").ToString();
    }

    private static string ReadScript(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded script {name} not found.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private async Task<Dictionary<string, string>> DoneStepsAsync()
    {
        var steps = new Dictionary<string, string>();
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT step, coalesce(detail, '') FROM {MarkerTable}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            steps[reader.GetString(0)] = reader.GetString(1);
        return steps;
    }

    private Task MarkAsync(string step, TimeSpan elapsed, string detail) =>
        database.ExecuteAsync($"INSERT INTO {MarkerTable} (step, finished_utc, seconds, detail) VALUES (@step, now() at time zone 'utc', @seconds, @detail) " +
            "ON CONFLICT (step) DO UPDATE SET finished_utc = excluded.finished_utc, seconds = excluded.seconds, detail = excluded.detail",
            ("step", step), ("seconds", Math.Round((decimal)elapsed.TotalSeconds, 1)), ("detail", detail));

    private async Task<bool> TableExistsAsync(string table) =>
        await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = @table",
            ("table", table)) > 0;

    private async Task<bool> ServerReachableAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(database.AdminConnectionString);
            await connection.OpenAsync();
            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            var settings = database.Settings;
            Log($"PostgreSQL is not reachable at {settings.Host}:{settings.Port} ({exception.Message}). " +
                $"Start it with 'sudo bash tests/scripts/start-postgres.sh' or set {BenchDatabase.ConnectionStringVariable}.");
            return false;
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private void Log(string message) =>
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss} +{Format(_total.Elapsed)}] {message}");

    private static string Format(TimeSpan elapsed) => elapsed.TotalHours >= 1
        ? elapsed.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
        : elapsed.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
