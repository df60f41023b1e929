using BenchmarkDotNet.Attributes;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// Finding the follow-ups' due work (issue 15: all three rules ≤ 200 ms per task run, no full scan of Order), as the task
/// asks the finder: each rule of every store (StoreId 0), at most <see cref="FollowUpLimits.BatchSize"/> targets, at the
/// bench's "now" (7 December 2026, 08:00 UTC), with the plugin's own registrations (<see cref="PluginServices"/>) over the
/// 1,000,000-order store and the rows of <see cref="FollowUpBenchData"/>: 20,000 carts of registered customers last
/// changed over the 6 days before "now" (about half in the abandoned-cart window of delay 24 h), half of them subscribed
/// to the newsletter, and 2,000 delivered orders whose delivery falls in the review request's window (delay 7 days);
/// the store's 12,000 payment-pending orders are nopdata.sh's. No follow-up is claimed yet (the worst case: every target
/// of the window is a candidate). Warm PostgreSQL; nopCommerce's static cache off.
/// </summary>
[BenchmarkCategory("FollowUps")]
public class FollowUpFinderBenchmarks : StoreBenchmark
{
    public static readonly DateTime NowUtc = KpiBenchServices.Now;

    private static readonly FollowUpRule ReviewRule = new()
    {
        Id = 900001, Name = "bench review", Trigger = FollowUpTrigger.ReviewRequest, DelayHours = 7 * 24, MaxReminders = 1, Active = true
    };

    private static readonly FollowUpRule UnpaidRule = new()
    {
        Id = 900002, Name = "bench unpaid", Trigger = FollowUpTrigger.UnpaidOrder, DelayHours = 24, MaxReminders = 3, Active = true
    };

    private static readonly FollowUpRule CartRule = new()
    {
        Id = 900003, Name = "bench cart", Trigger = FollowUpTrigger.AbandonedCart, DelayHours = 24, MaxReminders = 1, Active = true
    };

    private PluginServices _services;

    protected override async Task SetupAsync()
    {
        await FollowUpBenchData.EnsureAsync(Database, NowUtc);
        var administrator = await PackingServiceSetup.AdministratorAsync();
        _services = new PluginServices(Database, CacheManager, administrator);

        var review = await ReviewRequests();
        var unpaid = await UnpaidOrders();
        var carts = await AbandonedCarts();
        Console.WriteLine($"// follow-ups due: review requests {Describe(review)}; unpaid orders {Describe(unpaid)}; abandoned carts {Describe(carts)}");
        if (review.Count == 0 || unpaid.Count == 0 || carts.Count == 0)
            throw new InvalidOperationException("the finder found nothing: run `seed` first");
    }

    private static string Describe(IReadOnlyList<FollowUpCandidate> found) =>
        $"{found.Count} ({string.Join(", ", found.GroupBy(c => c.Hold).Select(hold => $"{hold.Key} {hold.Count()}"))})";

    protected override Task CleanupAsync()
    {
        _services?.Dispose();
        return Task.CompletedTask;
    }

    private IFollowUpCandidateFinder Finder => _services.Get<IFollowUpCandidateFinder>();

    /// <summary>One task run's finding: the three rules one after the other.</summary>
    [Benchmark]
    public async Task<int> AllThreeRules() =>
        (await ReviewRequests()).Count + (await UnpaidOrders()).Count + (await AbandonedCarts()).Count;

    [Benchmark]
    public Task<IReadOnlyList<FollowUpCandidate>> ReviewRequests() => Finder.FindAsync(ReviewRule, NowUtc, FollowUpLimits.BatchSize);

    [Benchmark]
    public Task<IReadOnlyList<FollowUpCandidate>> UnpaidOrders() => Finder.FindAsync(UnpaidRule, NowUtc, FollowUpLimits.BatchSize);

    [Benchmark]
    public Task<IReadOnlyList<FollowUpCandidate>> AbandonedCarts() => Finder.FindAsync(CartRule, NowUtc, FollowUpLimits.BatchSize);
}
