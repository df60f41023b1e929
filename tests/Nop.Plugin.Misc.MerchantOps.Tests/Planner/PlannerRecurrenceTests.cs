using System.Diagnostics;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner;

/// <summary>Recurrence in three zones across both daylight-saving changes of 2026, gaps, exceptions, splits and bounds.</summary>
public class PlannerRecurrenceTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private static PlannerBlock Block(string zone, DateTime start, string rule, int minutes = 60)
    {
        var block = new PlannerBlock { Id = 7 };
        block.Apply("Figures", null, start, minutes, null, 0, null, null, PlannerLiveBinding.None, rule, Zone(zone));
        return block;
    }

    // Spring-forward and fall-back dates of 2026: Paris 29 March / 25 October, New York 8 March / 1 November,
    // Sydney (southern hemisphere) 5 April back / 4 October forward.
    [TestCase("Europe/Paris", "2026-03-02", "2026-03-16", "2026-11-09", 1, 2)]
    [TestCase("America/New_York", "2026-02-02", "2026-02-23", "2026-11-16", -5, -4)]
    [TestCase("Australia/Sydney", "2026-03-02", "2026-03-23", "2026-10-26", 11, 10)]
    public void A_daily_weekday_block_at_nine_stays_at_nine_local_across_both_changes(string zone, string start, string from, string to,
        int winterOffset, int summerOffset)
    {
        var block = Block(zone, DateTime.Parse(start).AddHours(9), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");

        var occurrences = PlannerExpander.Expand(block, [], Zone(zone), DateTime.Parse(from), DateTime.Parse(to)).Occurrences;

        Assert.That(occurrences, Has.Count.EqualTo(Weekdays(DateTime.Parse(from), DateTime.Parse(to))));
        Assert.That(occurrences.Select(o => o.StartLocal.TimeOfDay).Distinct(), Is.EqualTo(new[] { TimeSpan.FromHours(9) }));
        Assert.That(occurrences.Select(o => o.StartLocal.DayOfWeek), Has.None.EqualTo(DayOfWeek.Saturday).And.None.EqualTo(DayOfWeek.Sunday));
        var offsets = occurrences.Select(o => (o.StartLocal - o.StartUtc).TotalHours).Distinct().ToList();
        Assert.That(offsets, Is.EquivalentTo(new[] { (double)winterOffset, summerOffset }), "both offsets of the year are crossed");
        Assert.That(occurrences.Select(o => o.StartUtc).Select(utc => TimeZoneInfo.ConvertTimeFromUtc(utc, Zone(zone)).TimeOfDay).Distinct(),
            Is.EqualTo(new[] { TimeSpan.FromHours(9) }), "each UTC instant is 09:00 in the zone");
        Assert.That(occurrences.All(o => o.EndUtc - o.StartUtc == TimeSpan.FromHours(1)));
    }

    [Test]
    public void A_block_starting_in_the_spring_gap_is_refused_with_its_message()
    {
        var zone = Zone("Europe/Paris");
        var block = new PlannerBlock();

        var refused = Assert.Throws<PlannerRuleException>(() => block.Apply("Packing", null, new DateTime(2026, 3, 29, 2, 30, 0), 60, null, 0,
            null, null, PlannerLiveBinding.None, null, zone));

        Assert.That(refused.ResourceKey, Is.EqualTo(Keys.Block.StartInGap));
        Assert.That(block.Title, Is.Null, "nothing applied");
    }

    [Test]
    public void A_weekly_occurrence_falling_in_the_spring_gap_moves_forward_by_the_gap()
    {
        var block = Block("Europe/Paris", new DateTime(2026, 3, 1, 2, 30, 0), "FREQ=WEEKLY;BYDAY=SU");

        var occurrences = PlannerExpander.Expand(block, [], Zone("Europe/Paris"), new DateTime(2026, 3, 22), new DateTime(2026, 4, 6)).Occurrences;

        Assert.That(occurrences.Select(o => o.StartLocal), Is.EqualTo(new[]
        {
            new DateTime(2026, 3, 22, 2, 30, 0), new DateTime(2026, 3, 29, 3, 30, 0), new DateTime(2026, 4, 5, 2, 30, 0)
        }));
        Assert.That(occurrences[1].StartUtc, Is.EqualTo(new DateTime(2026, 3, 29, 1, 30, 0)));
    }

    [Test]
    public void An_occurrence_in_the_autumn_fold_is_the_first_of_the_two()
    {
        var block = Block("America/New_York", new DateTime(2026, 10, 4, 1, 30, 0), "FREQ=WEEKLY;BYDAY=SU");

        var fold = PlannerExpander.Expand(block, [], Zone("America/New_York"), new DateTime(2026, 11, 1), new DateTime(2026, 11, 2)).Occurrences.Single();

        Assert.That(fold.StartUtc, Is.EqualTo(new DateTime(2026, 11, 1, 5, 30, 0)), "01:30 EDT (UTC-4), not 01:30 EST");
    }

    [Test]
    public void Fortnightly_and_monthly_on_the_first_friday_and_one_off()
    {
        var zone = Zone("Europe/Paris");
        var fortnightly = Block("Europe/Paris", new DateTime(2026, 1, 5, 10, 0, 0), "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO");
        var monthly = Block("Europe/Paris", new DateTime(2026, 1, 2, 14, 0, 0), "FREQ=MONTHLY;BYDAY=1FR");
        var once = Block("Europe/Paris", new DateTime(2026, 2, 11, 8, 0, 0), null);
        var (from, to) = (new DateTime(2026, 1, 1), new DateTime(2026, 4, 1));

        Assert.That(PlannerExpander.Expand(fortnightly, [], zone, from, to).Occurrences.Select(o => o.StartLocal.Date),
            Is.EqualTo(new[] { 5, 19, 33, 47, 61, 75, 89 }.Select(d => new DateTime(2026, 1, 1).AddDays(d - 1))));
        Assert.That(PlannerExpander.Expand(monthly, [], zone, from, to).Occurrences.Select(o => o.StartLocal),
            Is.EqualTo(new[] { new DateTime(2026, 1, 2, 14, 0, 0), new DateTime(2026, 2, 6, 14, 0, 0), new DateTime(2026, 3, 6, 14, 0, 0) }));
        Assert.That(PlannerExpander.Expand(once, [], zone, from, to).Occurrences.Select(o => o.StartLocal), Is.EqualTo(new[] { once.StartLocal }));
        Assert.That(once.LastStartLocal, Is.EqualTo(once.StartLocal));
    }

    [Test]
    public void A_skipped_occurrence_is_flagged_and_a_moved_one_shows_where_it_went_even_from_outside_the_window()
    {
        var zone = Zone("Europe/Paris");
        var block = Block("Europe/Paris", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO");
        PlannerOccurrenceException[] exceptions =
        [
            new() { BlockId = 7, OriginalStartLocal = new DateTime(2026, 3, 9, 9, 0, 0), Kind = PlannerExceptionKind.Skip },
            // the 30 March occurrence moved back into the week of 23 March, on Wednesday at 15:00 for 30 minutes
            new() { BlockId = 7, OriginalStartLocal = new DateTime(2026, 3, 30, 9, 0, 0), Kind = PlannerExceptionKind.Move,
                MovedStartLocal = new DateTime(2026, 3, 25, 15, 0, 0), MovedDurationMinutes = 30 }
        ];

        var march9 = PlannerExpander.Expand(block, exceptions, zone, new DateTime(2026, 3, 9), new DateTime(2026, 3, 16)).Occurrences.Single();
        var week23 = PlannerExpander.Expand(block, exceptions, zone, new DateTime(2026, 3, 23), new DateTime(2026, 3, 30)).Occurrences;
        var week30 = PlannerExpander.Expand(block, exceptions, zone, new DateTime(2026, 3, 30), new DateTime(2026, 4, 6)).Occurrences;

        Assert.That(march9.Skipped, Is.True);
        Assert.That(week23.Select(o => (o.StartLocal, o.OriginalStartLocal, o.Moved, o.DurationMinutes)), Is.EqualTo(new[]
        {
            (new DateTime(2026, 3, 23, 9, 0, 0), new DateTime(2026, 3, 23, 9, 0, 0), false, 60),
            (new DateTime(2026, 3, 25, 15, 0, 0), new DateTime(2026, 3, 30, 9, 0, 0), true, 30)
        }));
        Assert.That(week30, Is.Empty, "the moved occurrence is no longer on its own day");
    }

    [Test]
    public void This_and_following_ends_the_old_series_just_before_and_the_new_one_takes_the_rest()
    {
        var zone = Zone("America/New_York");
        var icalZone = PlannerStoreTime.IcalZoneId(zone);
        var block = Block("America/New_York", new DateTime(2026, 2, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO;COUNT=10");
        var split = new DateTime(2026, 3, 9, 9, 0, 0); // the 6th occurrence, the day after the spring change

        var before = PlannerRecurrence.EndBefore(block.RecurrenceRule, block.StartLocal, split, icalZone);
        var countBefore = PlannerExpander.CountBefore(block.StartLocal, block.RecurrenceRule, icalZone, split);
        var after = PlannerRecurrence.Continue(block.RecurrenceRule, countBefore);
        var (from, to) = (new DateTime(2026, 1, 1), new DateTime(2026, 12, 1));

        var old = PlannerExpander.Starts(block.StartLocal, before, icalZone, from, to, 100);
        var following = PlannerExpander.Starts(split, after, icalZone, from, to, 100);
        var whole = PlannerExpander.Starts(block.StartLocal, block.RecurrenceRule, icalZone, from, to, 100);

        Assert.That(countBefore, Is.EqualTo(5));
        Assert.That(old.Select(s => s.Local), Is.EqualTo(whole.Take(5).Select(s => s.Local)));
        Assert.That(following.Select(s => s.Local), Is.EqualTo(whole.Skip(5).Select(s => s.Local)));
        Assert.That(PlannerRecurrence.EndBefore(block.RecurrenceRule, block.StartLocal, block.StartLocal, icalZone), Is.Null,
            "split at the first occurrence: nothing left before, the edit is an edit of all");
    }

    [TestCase("FREQ=WEEKLY;BYDAY=XX", Keys.Recurrence.Invalid)]
    [TestCase("garbage", Keys.Recurrence.Invalid)]
    [TestCase("FREQ=DAILY", Keys.Recurrence.Unsupported)]
    [TestCase("FREQ=SECONDLY", Keys.Recurrence.Unsupported)]
    [TestCase("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", Keys.Recurrence.Unsupported)]
    [TestCase("FREQ=WEEKLY;BYDAY=MO;BYHOUR=1,2,3", Keys.Recurrence.Unsupported)]
    [TestCase("FREQ=MONTHLY;BYDAY=5MO", Keys.Recurrence.Unsupported)]
    [TestCase("FREQ=WEEKLY;INTERVAL=500;BYDAY=MO", Keys.Recurrence.IntervalOutOfRange)]
    [TestCase("FREQ=WEEKLY;BYDAY=MO;COUNT=100000", Keys.Recurrence.CountOutOfRange)]
    [TestCase("FREQ=WEEKLY;BYDAY=MO;COUNT=3;UNTIL=20270101T000000Z", Keys.Recurrence.Invalid)]
    [TestCase("FREQ=WEEKLY;BYDAY=MO;UNTIL=20200101T000000Z", Keys.Recurrence.UntilBeforeStart)]
    [TestCase("FREQ=WEEKLY;BYDAY=TU", Keys.Recurrence.StartNotOnRule)]
    public void A_rule_outside_what_the_planner_offers_is_refused_with_its_message(string rule, string key)
    {
        var block = new PlannerBlock();

        var refused = Assert.Throws<PlannerRuleException>(() => block.Apply("Figures", null, new DateTime(2026, 3, 2, 9, 0, 0), 30, null, 0,
            null, null, PlannerLiveBinding.None, rule, Zone("Europe/Paris")));

        Assert.That(refused.ResourceKey, Is.EqualTo(key));
    }

    [Test]
    public void A_rule_is_stored_as_Ical_Net_writes_it_with_its_days_and_a_utc_until()
    {
        var block = Block("Europe/Paris", new DateTime(2026, 3, 2, 9, 0, 0), "RRULE:FREQ=WEEKLY;UNTIL=20260401");

        Assert.That(block.RecurrenceRule, Does.Contain("FREQ=WEEKLY").And.Contain("BYDAY=MO").And.Contain("UNTIL=20260401T215959Z"));
        Assert.That(block.LastStartLocal, Is.EqualTo(new DateTime(2026, 4, 1, 23, 59, 59)));
    }

    [Test]
    public void An_endless_rule_over_the_longest_window_far_from_its_start_stays_bounded_and_quick()
    {
        var zone = Zone("Australia/Sydney");
        var block = Block("Australia/Sydney", new DateTime(2000, 1, 3, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU");
        var from = new DateTime(2099, 1, 1);

        var watch = Stopwatch.StartNew();
        var expansion = PlannerExpander.Expand(block, [], zone, from, from.AddDays(PlannerLimits.MaxExpansionDays));
        watch.Stop();

        TestContext.Out.WriteLine($"{expansion.Occurrences.Count} occurrences in {watch.ElapsedMilliseconds} ms");
        Assert.That(expansion.Occurrences.Count, Is.LessThanOrEqualTo(PlannerLimits.MaxOccurrencesPerExpansion));
        Assert.That(expansion.Occurrences.Count, Is.EqualTo(PlannerLimits.MaxExpansionDays));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.Throws<PlannerRuleException>(() => PlannerExpander.Expand(block, [], zone, from, from.AddDays(PlannerLimits.MaxExpansionDays + 1)));
    }

    [TestCase(0, Keys.Block.DurationOutOfRange)]
    [TestCase(30 * 24 * 60, Keys.Block.DurationOutOfRange)]
    public void Durations_outside_one_minute_to_a_day_are_refused(int minutes, string key) =>
        Assert.That(Assert.Throws<PlannerRuleException>(() => new PlannerBlock().Apply("x", null, new DateTime(2026, 3, 2, 9, 0, 0), minutes, null, 0,
            null, null, PlannerLiveBinding.None, null, Zone("Europe/Paris"))).ResourceKey, Is.EqualTo(key));

    [Test]
    public void Title_notes_and_procedure_bounds()
    {
        var zone = Zone("Europe/Paris");
        var start = new DateTime(2026, 3, 2, 9, 0, 0);
        string Refused(string title, string notes, IEnumerable<string> steps) => Assert.Throws<PlannerRuleException>(() =>
            new PlannerBlock().Apply(title, null, start, 30, null, 0, notes, steps, PlannerLiveBinding.None, null, zone)).ResourceKey;

        Assert.That(Refused("  ", null, null), Is.EqualTo(Keys.Block.TitleRequired));
        Assert.That(Refused(new string('a', 201), null, null), Is.EqualTo(Keys.Block.TitleTooLong));
        Assert.That(Refused("x", new string('a', 1024 * 1024), null), Is.EqualTo(Keys.Block.NotesTooLong));
        Assert.That(Refused("x", null, Enumerable.Range(1, 51).Select(i => $"step {i}")), Is.EqualTo(Keys.Block.TooManySteps));

        var block = new PlannerBlock();
        block.Apply(" <svg/onload=alert(1)> ", null, start, 30, "#AABBCC", 0, new string('a', 10_000), ["Open the queue", "", "Ship\nall"],
            PlannerLiveBinding.OrdersToPack, null, zone);
        Assert.That(block.Title, Is.EqualTo("<svg/onload=alert(1)>"), "stored as typed; encoded on output");
        Assert.That(block.ProcedureSteps, Is.EqualTo(new[] { "Open the queue", "Ship all" }));
        Assert.That(block.Colour, Is.EqualTo("#aabbcc"));
    }

    [Test]
    public void A_windows_zone_id_is_given_to_calendars_as_its_iana_id() =>
        Assert.That(PlannerStoreTime.IcalZoneId(TimeZoneInfo.FindSystemTimeZoneById("Romance Standard Time")), Is.EqualTo("Europe/Paris"));

    private static int Weekdays(DateTime from, DateTime to) =>
        Enumerable.Range(0, (to - from).Days).Select(d => from.AddDays(d)).Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
}
