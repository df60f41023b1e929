using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>
/// Whether the feed's answer time tells a guesser anything about the secret.
/// <para>
/// What these tests can show: over many interleaved requests, the typical (median) time of every kind of wrong token
/// (right key with a wrong secret, right key with only the last character wrong, an unknown key, a malformed token) is
/// the same within a generous factor, and checking the right secret takes as long as checking a wrong one. A
/// comparison that stopped at the first differing character, or a path that skipped the hash when the key is
/// unknown, would not show up at this scale either (nanoseconds against a millisecond request): that part rests on
/// the code (CryptographicOperations.FixedTimeEquals over SHA-256 hashes, and the stand-in hash for an unknown key,
/// PlannerFeedToken). What they catch is a different path of real weight: a refusal that skips the database for
/// one kind of token, or does extra reads for another. (Checked once: a controller that refused tokens of the wrong
/// length before calling the service answered those in a median 0.52 ms against 2.1–2.2 ms for the others, a factor
/// of 4.25, and failed the first test.)
/// </para>
/// <para>
/// What they cannot show: a right token answers 200 with the calendar, which costs more than a refusal (reading the
/// owner and their blocks, writing the .ics); that difference only tells the holder of a right token what the
/// 200 already tells them. Nor can they prove the absence of a small leak: medians of a shared 2-core machine carry
/// noise of several percent, which is why the bound is a factor of 1.5 and the kinds are interleaved round by round
/// (a burst of other work then slows every kind alike) after a warm-up (JIT, connection pool, SQLite cache).
/// </para>
/// </summary>
[TestFixture]
public class PlannerFeedTimingTests
{
    private const int WarmUpRounds = 30;
    private const int Rounds = 300;
    private const double Bound = 1.5;

    [Test]
    public async Task Every_kind_of_wrong_token_takes_the_same_time_to_refuse_over_many_interleaved_requests()
    {
        await using var web = await PlannerFeedWebHost.StartAsync();
        var store = web.Store;
        await web.App(store.Alice).Blocks.CreateAsync(store.Request("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 30, store.Alice.Id));
        var token = PlannerFeedWebHost.TokenOf((await web.MakeLinkAsync()).FeedUrl);
        var (otherKey, otherSecret) = PlannerFeedToken.Create();
        var kinds = new Dictionary<string, string>
        {
            ["right key, wrong secret"] = token[..PlannerLimits.FeedKeyLength] + otherSecret,
            ["right key, last character wrong"] = token[..^1] + (token[^1] == 'A' ? 'B' : 'A'),
            ["unknown key"] = PlannerFeedToken.Join(otherKey, otherSecret),
            ["malformed"] = "not-a-token"
        };
        using var client = web.CalendarClient();

        var medians = await MeasureAsync(kinds.Keys.ToList(), async kind =>
        {
            using var response = await client.GetAsync(PlannerFeedWebHost.FeedPath(kinds[kind]));
            await response.Content.ReadAsByteArrayAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), kind);
        });
        using (var right = await client.GetAsync(PlannerFeedWebHost.FeedPath(token)))
            Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the token itself still works");

        AssertWithinBound(medians);
    }

    [Test]
    public async Task Checking_the_right_secret_takes_as_long_as_checking_a_wrong_one()
    {
        await using var web = await PlannerFeedWebHost.StartAsync();
        var token = PlannerFeedWebHost.TokenOf((await web.MakeLinkAsync()).FeedUrl);
        var kinds = new Dictionary<string, string>
        {
            ["right secret"] = token,
            ["wrong secret"] = token[..PlannerLimits.FeedKeyLength] + PlannerFeedToken.Create().Secret,
            ["last character wrong"] = token[..^1] + (token[^1] == 'A' ? 'B' : 'A')
        };

        // The service the endpoint calls first, each call in its own request scope as the endpoint gets it.
        var medians = await MeasureAsync(kinds.Keys.ToList(), async kind =>
        {
            using var scope = web.Host.Services.CreateScope();
            var customerId = await scope.ServiceProvider.GetRequiredService<IPlannerFeedService>().VerifyAsync(kinds[kind]);
            Assert.That(customerId, Is.EqualTo(kind == "right secret" ? web.Store.Alice.Id : 0), kind);
        });

        AssertWithinBound(medians);
    }

    /// <summary>Median milliseconds per kind: warm-up rounds, then rounds that each time every kind once in a shuffled order.</summary>
    private static async Task<Dictionary<string, double>> MeasureAsync(IReadOnlyList<string> kinds, Func<string, Task> once)
    {
        var random = new Random(20260302);
        var times = kinds.ToDictionary(kind => kind, _ => new List<double>());
        for (var round = 0; round < WarmUpRounds + Rounds; round++)
        {
            foreach (var kind in kinds.OrderBy(_ => random.Next()))
            {
                var watch = Stopwatch.StartNew();
                await once(kind);
                watch.Stop();
                if (round >= WarmUpRounds)
                    times[kind].Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return times.ToDictionary(pair => pair.Key, pair => Median(pair.Value));
    }

    private static void AssertWithinBound(Dictionary<string, double> medians)
    {
        foreach (var (kind, median) in medians)
            TestContext.Out.WriteLine($"{kind}: median {median:0.000} ms over {Rounds} requests");
        var ratio = medians.Values.Max() / medians.Values.Min();
        TestContext.Out.WriteLine($"slowest / fastest median: {ratio:0.00}");
        Assert.That(ratio, Is.LessThan(Bound), string.Join(", ", medians.Select(m => $"{m.Key} {m.Value:0.000} ms")));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
