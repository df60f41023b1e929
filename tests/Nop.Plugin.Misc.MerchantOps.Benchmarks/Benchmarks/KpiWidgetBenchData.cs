using System.Diagnostics;
using System.Globalization;
using Nop.Core.Caching;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Kpi.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// The rollup rows the KPI widget benchmarks read, made once and kept (idempotent; `kpi-data` or the first widget
/// benchmark makes them):
/// <list type="number">
/// <item><b>Sales</b>: the plugin's real backfill (<see cref="KpiBenchServices"/>: both stores, Europe/Paris, clock on
/// 7 December 2026 08:00 UTC), run back to back to the oldest order, timed ("backfill time for 1,000,000 orders"), then
/// the task's recent rollup (today so far and yesterday). Made again when a store's progress row is not complete
/// (the rollup benchmarks truncate these tables).</item>
/// <item><b>Traffic</b>: nothing captures storefront traffic on the bench store, so the funnel and source rows of every
/// store-day with orders are generated, deterministically (one <see cref="Random"/> seeded per store and day), from
/// that day's sales row: ordering visitors = the day's distinct ordering customers (new + returning), checkouts
/// 1.6–2.2×, add to cart 3.5–4.5× that, product views 55–65 % of the visitors, visitors 27–33× the orders; 36–44 sources a
/// day out of <see cref="Sources"/>, their visitors and ordering visitors adding up exactly to the funnel's.</item>
/// </list>
/// Rows are written as the rollups would write them (same tables, the plugin's migrations, its unique keys).
/// </summary>
public static class KpiWidgetBenchData
{
    public const string TimeZoneId = "Europe/Paris";
    private const string MarkerTable = "merchantops_bench_kpi";
    private const string GeneratorVersion = "traffic-v1";

    /// <summary>(source, medium, campaign, weight): referrer hosts, UTM-tagged campaigns and direct entries.</summary>
    private static readonly (string Source, string Medium, string Campaign, double Weight)[] Sources = BuildSources();

    public static async Task EnsureAsync(BenchDatabase database, IStaticCacheManager cacheManager, bool reset = false)
    {
        await database.ExecuteAsync($"CREATE TABLE IF NOT EXISTS {MarkerTable} (step text PRIMARY KEY, finished_utc timestamp NOT NULL, " +
            "seconds numeric(10,1) NOT NULL, detail text)");
        var applied = await database.ApplyPluginMigrationsAsync();
        if (applied.Count > 0)
            Log($"plugin migrations applied: {string.Join("; ", applied)}");

        var salesDone = !reset && await database.ScalarAsync<long>(
            $"SELECT count(*) FROM \"{KpiTables.RollupProgress}\" WHERE \"BackfillCompletedOnUtc\" IS NOT NULL") == 2;
        if (!salesDone)
            await BackfillAsync(database, cacheManager);
        else
            Log("sales rollups: backfill complete for both stores (kept)");

        var expectedFunnelRows = await database.ScalarAsync<long>(
            $"SELECT count(*) FROM \"{KpiTables.SalesDay}\" WHERE \"VendorId\" = 0 AND \"OrderCount\" > 0");
        var marker = await database.ScalarAsync<string>($"SELECT coalesce(max(detail), '') FROM {MarkerTable} WHERE step = 'traffic'");
        var funnelRows = await database.ScalarAsync<long>($"SELECT count(*) FROM \"{KpiTables.FunnelDay}\"");
        if (reset || !salesDone || !marker.StartsWith(GeneratorVersion + " ", StringComparison.Ordinal) || funnelRows != expectedFunnelRows)
            await GenerateTrafficAsync(database, cacheManager);
        else
            Log($"traffic rollups: {funnelRows:N0} funnel days (kept; {marker})");

        await CheckTrafficAsync(database);
    }

    /// <summary>
    /// Throws unless every funnel day has its sources, their visitors and ordering visitors add up to the funnel's, no
    /// source has more ordering visitors than visitors, and each step counts at most the step before.
    /// </summary>
    private static async Task CheckTrafficAsync(BenchDatabase database)
    {
        var wrong = await database.ScalarAsync<long>($"""
            SELECT count(*) FROM "{KpiTables.FunnelDay}" f
            LEFT JOIN (SELECT "StoreId", "LocalDay", sum("VisitorCount") AS v, sum("OrderCount") AS o, bool_and("OrderCount" <= "VisitorCount") AS capped
                       FROM "{KpiTables.SourceDay}" GROUP BY "StoreId", "LocalDay") s ON s."StoreId" = f."StoreId" AND s."LocalDay" = f."LocalDay"
            WHERE s.v IS NULL OR s.v <> f."VisitorCount" OR s.o <> f."OrderCount" OR NOT s.capped
               OR NOT (f."VisitorCount" >= f."ProductViewCount" AND f."ProductViewCount" >= f."AddToCartCount"
                       AND f."AddToCartCount" >= f."CheckoutCount" AND f."CheckoutCount" >= f."OrderCount")
            """);
        if (wrong > 0)
            throw new InvalidOperationException($"{wrong} generated funnel days disagree with their sources or steps: run `kpi-data --reset`");
        Log("traffic rollups checked: every day's sources add up to its funnel, steps never increase");
    }

    private static async Task BackfillAsync(BenchDatabase database, IStaticCacheManager cacheManager)
    {
        await KpiBenchServices.ResetAsync(database);
        var services = new KpiBenchServices(database, cacheManager);
        var load = LoadAverage.Now;
        var total = Stopwatch.StartNew();
        var runs = 0;
        var days = 0;
        foreach (var storeId in new[] { 1, 2 })
        {
            while (true)
            {
                var run = Stopwatch.StartNew();
                var result = await services.Backfill.RunAsync(storeId);
                runs++;
                days += result.DaysRolledUp;
                Log(string.Create(CultureInfo.InvariantCulture,
                    $"backfill store {storeId}: {result.Outcome}, {result.DaysRolledUp} days in {run.Elapsed.TotalSeconds:0.0} s, next {result.NextDay}, done {result.DaysDone}, load {LoadAverage.Now}"));
                if (result.Outcome is KpiBackfillOutcome.Completed or KpiBackfillOutcome.AlreadyComplete)
                    break;
                if (result.Outcome != KpiBackfillOutcome.Progressed)
                    throw new InvalidOperationException($"backfill of store {storeId} ended {result.Outcome}");
            }
        }
        total.Stop();
        var backfill = total.Elapsed;

        var recent = Stopwatch.StartNew();
        foreach (var storeId in new[] { 1, 2 })
            await services.Rollup.RollUpRecentAsync(storeId);
        recent.Stop();

        var orders = await database.ScalarAsync<long>(
            $"SELECT coalesce(sum(\"OrderCount\" + \"CancelledOrderCount\"), 0) FROM \"{KpiTables.SalesDay}\" WHERE \"VendorId\" = 0");
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{days} store-days in {runs} runs back to back, {orders:N0} orders rolled up; then today + yesterday + 35-day refresh {recent.Elapsed.TotalSeconds:0.0} s; load {load} -> {LoadAverage.Now}");
        await MarkAsync(database, "backfill", backfill, detail);
        Log(string.Create(CultureInfo.InvariantCulture, $"backfill of both stores: {backfill:m\\:ss} ({detail})"));
        await database.ExecuteAsync($"ANALYZE \"{KpiTables.SalesDay}\"");
    }

    private static async Task GenerateTrafficAsync(BenchDatabase database, IStaticCacheManager cacheManager)
    {
        var watch = Stopwatch.StartNew();
        await database.ExecuteAsync($"TRUNCATE \"{KpiTables.FunnelDay}\", \"{KpiTables.SourceDay}\" RESTART IDENTITY");
        var days = await database.Repository<KpiSalesDay>(cacheManager).Table
            .Where(row => row.VendorId == 0 && row.OrderCount > 0)
            .OrderBy(row => row.StoreId).ThenBy(row => row.LocalDay)
            .ToListAsync();

        var funnels = new List<KpiFunnelDay>(days.Count);
        var sources = new List<KpiSourceDay>(days.Count * 44);
        foreach (var day in days)
        {
            var (funnel, daySources) = Generate(day);
            funnels.Add(funnel);
            sources.AddRange(daySources);
        }

        await database.DataProvider.BulkInsertEntitiesAsync(funnels);
        foreach (var chunk in sources.Chunk(20_000))
            await database.DataProvider.BulkInsertEntitiesAsync(chunk);
        await database.ExecuteAsync($"ANALYZE \"{KpiTables.FunnelDay}\"; ANALYZE \"{KpiTables.SourceDay}\"");

        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{GeneratorVersion} {funnels.Count} funnel days, {sources.Count} source rows, {funnels.Sum(f => (long)f.VisitorCount):N0} visitors");
        await MarkAsync(database, "traffic", watch.Elapsed, detail);
        Log($"traffic rollups generated in {watch.Elapsed.TotalSeconds:0.0} s: {detail}");
    }

    /// <summary>One store-day's funnel and sources, from its sales row (see the class).</summary>
    public static (KpiFunnelDay Funnel, List<KpiSourceDay> Sources) Generate(KpiSalesDay sales)
    {
        var random = new Random(sales.StoreId * 100_000_000 + sales.LocalDay);
        var ordering = Math.Max(1, sales.NewCustomerCount + sales.ReturningCustomerCount);
        var checkout = (int)Math.Round(ordering * (1.6 + random.NextDouble() * 0.6));
        var cart = (int)Math.Round(checkout * (3.5 + random.NextDouble()));
        var visitors = (int)Math.Round(sales.OrderCount * (27 + random.NextDouble() * 6));
        visitors = Math.Max(visitors, cart * 2);
        var productViews = Math.Max(cart, (int)Math.Round(visitors * (0.55 + random.NextDouble() * 0.10)));

        var funnel = new KpiFunnelDay
        {
            StoreId = sales.StoreId,
            LocalDay = sales.LocalDay,
            VisitorCount = visitors,
            ProductViewCount = productViews,
            AddToCartCount = cart,
            CheckoutCount = checkout,
            OrderCount = ordering,
            TimeZoneId = TimeZoneId,
            ComputedOnUtc = KpiBenchServices.Now
        };

        // 36–44 sources of the catalogue, direct and the big ones always; weights varied by ±30 % a day
        var count = 36 + random.Next(9);
        var picked = Sources.Take(6).Concat(Sources.Skip(6).OrderBy(_ => random.Next()).Take(count - 6))
            .Select(source => (source.Source, source.Medium, source.Campaign, Weight: source.Weight * (0.7 + random.NextDouble() * 0.6)))
            .ToList();
        var visitorShares = Split(visitors, picked.Select(p => p.Weight).ToList());
        // conversion differs by source (×0.5–1.5), ordering visitors never above the source's visitors
        var orderShares = Split(ordering, picked.Select((p, i) => visitorShares[i] * (0.5 + random.NextDouble())).ToList(), visitorShares);

        var rows = picked.Select((p, i) => new KpiSourceDay
        {
            StoreId = sales.StoreId,
            LocalDay = sales.LocalDay,
            Source = p.Source,
            Medium = p.Medium,
            Campaign = p.Campaign,
            VisitorCount = visitorShares[i],
            OrderCount = orderShares[i],
            ComputedOnUtc = KpiBenchServices.Now
        }).ToList();
        return (funnel, rows);
    }

    /// <summary>Splits a total in proportion to weights (largest remainders), each part at most its cap when given.</summary>
    private static int[] Split(int total, List<double> weights, int[] caps = null)
    {
        var sum = weights.Sum();
        var parts = weights.Select(w => sum > 0 ? (int)Math.Floor(total * w / sum) : 0).ToArray();
        if (caps != null)
            for (var i = 0; i < parts.Length; i++)
                parts[i] = Math.Min(parts[i], caps[i]);
        var left = total - parts.Sum();
        var order = Enumerable.Range(0, parts.Length).OrderByDescending(i => weights[i]).ToList();
        while (left > 0)
        {
            var moved = false;
            foreach (var i in order)
            {
                if (left == 0)
                    break;
                if (caps != null && parts[i] >= caps[i])
                    continue;
                parts[i]++;
                left--;
                moved = true;
            }
            if (!moved)
                break;
        }
        return parts;
    }

    private static (string, string, string, double)[] BuildSources()
    {
        var list = new List<(string, string, string, double)>
        {
            (KpiSources.Direct, string.Empty, string.Empty, 30),
            ("google.com", KpiSources.ReferralMedium, string.Empty, 25),
            ("google", "cpc", "brand", 8),
            ("newsletter", "email", "weekly", 6),
            ("facebook.com", KpiSources.ReferralMedium, string.Empty, 5),
            ("instagram.com", KpiSources.ReferralMedium, string.Empty, 4),
            ("bing.com", KpiSources.ReferralMedium, string.Empty, 2),
            ("duckduckgo.com", KpiSources.ReferralMedium, string.Empty, 1.2),
            ("qwant.com", KpiSources.ReferralMedium, string.Empty, 1),
            ("ecosia.org", KpiSources.ReferralMedium, string.Empty, 0.6),
            ("pinterest.com", KpiSources.ReferralMedium, string.Empty, 1.5),
            ("youtube.com", KpiSources.ReferralMedium, string.Empty, 1.1),
            ("tiktok.com", KpiSources.ReferralMedium, string.Empty, 1.3),
            ("linkedin.com", KpiSources.ReferralMedium, string.Empty, 0.4),
            ("reddit.com", KpiSources.ReferralMedium, string.Empty, 0.5),
            ("google", "cpc", "generic", 3),
            ("google", "cpc", "shopping", 2.5),
            ("facebook", "paid-social", "retargeting", 2),
            ("facebook", "paid-social", "prospecting", 1.5),
            ("instagram", "paid-social", "stories", 1),
            ("newsletter", "email", "abandoned-cart", 1.2),
            ("newsletter", "email", "welcome", 0.8),
            ("newsletter", "email", "black-friday", 0.7),
            ("affiliate", "affiliate", "partner-a", 0.6),
            ("affiliate", "affiliate", "partner-b", 0.4),
            ("idealo.fr", KpiSources.ReferralMedium, string.Empty, 0.9),
            ("leboncoin.fr", KpiSources.ReferralMedium, string.Empty, 0.3),
            ("lemonde.fr", KpiSources.ReferralMedium, string.Empty, 0.2),
            ("20minutes.fr", KpiSources.ReferralMedium, string.Empty, 0.15),
            ("marmiton.org", KpiSources.ReferralMedium, string.Empty, 0.1),
            ("chat.openai.com", KpiSources.ReferralMedium, string.Empty, 0.3),
            ("perplexity.ai", KpiSources.ReferralMedium, string.Empty, 0.1),
            ("sms", "sms", "flash-sale", 0.3),
            ("qr", "print", "catalogue", 0.2),
            ("partner-blog.example", KpiSources.ReferralMedium, string.Empty, 0.15)
        };
        for (var i = 1; i <= 25; i++)
            list.Add(($"blog{i:00}.example", KpiSources.ReferralMedium, string.Empty, 0.05 + 0.01 * i));
        return [.. list];
    }

    private static Task MarkAsync(BenchDatabase database, string step, TimeSpan elapsed, string detail) =>
        database.ExecuteAsync($"INSERT INTO {MarkerTable} (step, finished_utc, seconds, detail) VALUES (@step, now() at time zone 'utc', @seconds, @detail) " +
            "ON CONFLICT (step) DO UPDATE SET finished_utc = excluded.finished_utc, seconds = excluded.seconds, detail = excluded.detail",
            ("step", step), ("seconds", Math.Round((decimal)elapsed.TotalSeconds, 1)), ("detail", detail));

    private static void Log(string message) => Console.WriteLine($"// kpi-data {DateTime.UtcNow:HH:mm:ss}: {message}");
}
