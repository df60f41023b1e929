using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner;

/// <summary>
/// The memo of expansions: a hit is the direct expansion, any changed input (version, start, duration, rule, exception,
/// zone, window) misses and gives the new inputs' expansion, failures fail again, and the entry count stays bounded.
/// </summary>
public class PlannerExpansionMemoTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly DateTime From = new(2026, 3, 23);
    private static readonly DateTime To = new(2026, 3, 30);

    private PlannerExpansionMemo _memo;

    [SetUp]
    public void CreateMemo() => _memo = new PlannerExpansionMemo();

    [TearDown]
    public void DisposeMemo() => _memo.Dispose();

    private static PlannerBlock Block(int id = 7, string rule = "FREQ=WEEKLY;BYDAY=MO,WE,FR", int version = 1)
    {
        var block = new PlannerBlock { Id = id };
        block.Apply("Figures", null, new DateTime(2026, 3, 2, 9, 0, 0), 60, null, 0, null, null, PlannerLiveBinding.None, rule, Paris);
        block.Version = version;
        return block;
    }

    private static PlannerOccurrenceException Move(DateTime original, DateTime to, int? minutes = null) =>
        new() { BlockId = 7, OriginalStartLocal = original, Kind = PlannerExceptionKind.Move, MovedStartLocal = to, MovedDurationMinutes = minutes };

    private static PlannerOccurrenceException Skip(DateTime original) =>
        new() { BlockId = 7, OriginalStartLocal = original, Kind = PlannerExceptionKind.Skip };

    [Test]
    public void A_hit_is_the_direct_expansion_and_the_same_instance()
    {
        var block = Block();
        PlannerOccurrenceException[] exceptions = [Skip(new DateTime(2026, 3, 25, 9, 0, 0)), Move(new DateTime(2026, 3, 27, 9, 0, 0), new DateTime(2026, 3, 28, 10, 0, 0), 30)];

        var first = _memo.Expand(block, exceptions, Paris, From, To);
        var second = _memo.Expand(Block(), exceptions.Reverse().ToArray(), Paris, From, To);

        Assert.That(second, Is.SameAs(first), "the same inputs (exceptions in another order) hit");
        var direct = PlannerExpander.Expand(block, exceptions, Paris, From, To);
        Assert.That(first.Occurrences, Is.EqualTo(direct.Occurrences));
        Assert.That(first.Truncated, Is.EqualTo(direct.Truncated));
        Assert.That(first.Occurrences, Has.Count.EqualTo(3));
        Assert.That(first.Occurrences.Count(o => o.Skipped), Is.EqualTo(1));
        Assert.That(first.Occurrences.Single(o => o.Moved).StartLocal, Is.EqualTo(new DateTime(2026, 3, 28, 10, 0, 0)));
    }

    [Test]
    public void A_shared_expansion_cannot_be_changed_by_a_caller()
    {
        var expansion = _memo.Expand(Block(), [], Paris, From, To);

        Assert.That(expansion.Occurrences, Is.Not.InstanceOf<List<PlannerOccurrence>>());
        Assert.That(((ICollection<PlannerOccurrence>)expansion.Occurrences).IsReadOnly, Is.True);
        Assert.Throws<NotSupportedException>(() => ((IList<PlannerOccurrence>)expansion.Occurrences).Clear());
    }

    private static IEnumerable<TestCaseData> Changes()
    {
        yield return new TestCaseData((Func<PlannerBlock, PlannerBlock>)(b => { b.Version = 2; return b; }), null, null, null).SetName("{m}(version)");
        yield return new TestCaseData((Func<PlannerBlock, PlannerBlock>)(b => { b.Version = 1; b.StartLocal = b.StartLocal.AddHours(2); return b; }), null, null, null)
            .SetName("{m}(start, same version)");
        yield return new TestCaseData((Func<PlannerBlock, PlannerBlock>)(b => { b.DurationMinutes = 90; return b; }), null, null, null).SetName("{m}(duration)");
        yield return new TestCaseData((Func<PlannerBlock, PlannerBlock>)(b => { b.RecurrenceRule = "FREQ=WEEKLY;BYDAY=TU"; return b; }), null, null, null)
            .SetName("{m}(rule)");
        yield return new TestCaseData(null, "skip", null, null).SetName("{m}(exception added)");
        yield return new TestCaseData(null, "move-other", null, null).SetName("{m}(exception moved elsewhere)");
        yield return new TestCaseData(null, "move-minutes", null, null).SetName("{m}(exception's minutes)");
        yield return new TestCaseData(null, null, "America/New_York", null).SetName("{m}(zone)");
        yield return new TestCaseData(null, null, null, 7).SetName("{m}(window)");
    }

    [TestCaseSource(nameof(Changes))]
    public void A_changed_input_misses_and_gives_the_new_expansion(Func<PlannerBlock, PlannerBlock> change, string exceptionChange, string zoneId,
        int? windowShiftDays)
    {
        var original = new DateTime(2026, 3, 27, 9, 0, 0);
        PlannerOccurrenceException[] before = [Move(original, new DateTime(2026, 3, 28, 10, 0, 0), 30)];
        var old = _memo.Expand(Block(), before, Paris, From, To);

        var block = change?.Invoke(Block()) ?? Block();
        var exceptions = exceptionChange switch
        {
            "skip" => before.Append(Skip(new DateTime(2026, 3, 23, 9, 0, 0))).ToArray(),
            "move-other" => [Move(original, new DateTime(2026, 3, 29, 11, 0, 0), 30)],
            "move-minutes" => [Move(original, new DateTime(2026, 3, 28, 10, 0, 0), 45)],
            _ => before
        };
        var zone = zoneId == null ? Paris : TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var from = From.AddDays(windowShiftDays ?? 0);
        var to = To.AddDays(windowShiftDays ?? 0);

        var now = _memo.Expand(block, exceptions, zone, from, to);

        Assert.That(now, Is.Not.SameAs(old), "a miss");
        Assert.That(now.Occurrences, Is.EqualTo(PlannerExpander.Expand(block, exceptions, zone, from, to).Occurrences), "the new inputs' expansion");
        Assert.That(_memo.Expand(Block(), before, Paris, From, To), Is.SameAs(old), "the old inputs still hit their own entry");
    }

    [Test]
    public void A_failing_expansion_fails_again_the_same_way()
    {
        var block = Block();
        var tooLong = From.AddDays(PlannerLimits.MaxExpansionDays + 1);

        var first = Assert.Throws<PlannerRuleException>(() => _memo.Expand(block, [], Paris, From, tooLong));
        var second = Assert.Throws<PlannerRuleException>(() => _memo.Expand(block, [], Paris, From, tooLong));

        Assert.That(first.ResourceKey, Is.EqualTo(Keys.Recurrence.WindowTooLong));
        Assert.That(second.ResourceKey, Is.EqualTo(first.ResourceKey));
    }

    [Test]
    public void More_keys_than_the_size_limit_do_not_grow_the_memo_past_it()
    {
        using var memo = new PlannerExpansionMemo(50, TimeSpan.FromMinutes(10));

        for (var id = 1; id <= 500; id++)
        {
            var block = Block(id);
            var expansion = memo.Expand(block, [], Paris, From, To);
            Assert.That(expansion.Occurrences, Is.EqualTo(PlannerExpander.Expand(block, [], Paris, From, To).Occurrences), "right when not kept too");
            Assert.That(memo.Count, Is.LessThanOrEqualTo(50));
        }

        Assert.That(memo.Count, Is.GreaterThan(0).And.LessThanOrEqualTo(50));
    }
}
