using Ical.Net;
using Ical.Net.CalendarComponents;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PlannerFeedTests : DatabaseTestBase
{
    public PlannerFeedTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Ical_Net_reads_the_feed_back_to_the_week_s_occurrences_with_skips_moves_and_stable_uids()
    {
        var store = await PlannerScenario.CreateAsync(Database);
        var app = store.App(store.Alice);
        var figures = await app.Blocks.CreateAsync(store.Request("Figures <b>&", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 30, store.Alice.Id)
            with { ProcedureSteps = ["Open the figures", "Write them down"], Notes = "Yesterday's sales" });
        var meeting = await app.Blocks.CreateAsync(store.Request("Merchandising", new DateTime(2026, 3, 6, 14, 0, 0), "FREQ=MONTHLY;BYDAY=1FR", 60, store.Alice.Id));
        var once = await app.Blocks.CreateAsync(store.Request("Supplier call", new DateTime(2026, 3, 31, 11, 0, 0), null, 45, store.Alice.Id));
        await app.Blocks.CreateAsync(store.Request("Bob's packing", new DateTime(2026, 3, 2, 16, 0, 0), "FREQ=WEEKLY;BYDAY=MO", 60, store.Bob.Id));
        await app.Occurrences.SkipAsync(figures.BlockId, new DateTime(2026, 3, 24, 9, 0, 0));
        await app.Occurrences.MoveAsync(figures.BlockId, new DateTime(2026, 3, 30, 9, 0, 0), new DateTime(2026, 3, 30, 11, 15, 0), 20);
        var token = (await app.Feed.CreateOrRotateAsync()).Token;

        var ics = await store.App(store.Bob, anotherInstance: true).Feed.BuildAsync(token); // anonymous: the token alone opens it
        var calendar = Calendar.Load(ics);

        Assert.That(calendar.TimeZones.Select(z => z.TzId), Is.EqualTo(new[] { "Europe/Paris" }), "VTIMEZONE included");
        Assert.That(calendar.Events.Select(e => e.Summary), Has.None.EqualTo("Bob's packing"), "only the user's blocks");
        // The weeks of 23 and 30 March (the spring change on the 29th): the feed's occurrences are the week view's.
        foreach (var monday in new[] { new DateTime(2026, 3, 23), new DateTime(2026, 3, 30) })
        {
            var week = await app.Blocks.GetWeekAsync(store.Store.Id, DateOnly.FromDateTime(monday), mineOnly: true);
            var expected = week.Items.Where(i => !i.Occurrence.Skipped).Select(i => (i.Block.Title, i.Occurrence.StartUtc)).OrderBy(x => x.StartUtc).ThenBy(x => x.Title).ToList();
            Assert.That(expected, Has.Count.GreaterThanOrEqualTo(4), "four of five figures (one skipped), more in the week of the move");
            var fromUtc = TimeZoneInfo.ConvertTimeToUtc(monday, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
            var read = calendar.GetOccurrences<CalendarEvent>(new Ical.Net.DataTypes.CalDateTime(fromUtc, "UTC", true), null)
                .TakeWhileBefore(new Ical.Net.DataTypes.CalDateTime(fromUtc.AddDays(7), "UTC", true))
                .Select(o => (((CalendarEvent)o.Source).Summary, o.Period.StartTime.AsUtc))
                .Where(x => x.AsUtc >= fromUtc)
                .OrderBy(x => x.AsUtc).ThenBy(x => x.Summary);
            Assert.That(read, Is.EqualTo(expected), $"week of {monday:d}");
        }

        var blocks = await Database.Repository<PlannerBlock>().Table.ToListAsync();
        var uids = calendar.Events.Select(e => e.Uid).Distinct();
        Assert.That(uids, Is.EquivalentTo(blocks.Where(b => b.AssigneeCustomerId == store.Alice.Id).Select(PlannerCalendarWriter.Uid)));
        var series = calendar.Events.Single(e => e.Uid == PlannerCalendarWriter.Uid(blocks.Single(b => b.Id == figures.BlockId)) && e.RecurrenceIdentifier == null);
        Assert.That(series.Description, Is.EqualTo("Yesterday's sales\n\n1. Open the figures\n2. Write them down"));
        Assert.That(ics, Does.Contain("RECURRENCE-ID;TZID=Europe/Paris:20260330T090000").And.Contain("EXDATE;TZID=Europe/Paris:20260324T090000"));

        // An edit of the whole series keeps its UID and raises its SEQUENCE: a subscribed calendar updates the event.
        var figuresBlock = blocks.Single(b => b.Id == figures.BlockId);
        await app.Blocks.UpdateAsync(figures.BlockId, figures.Version, store.Request("Figures", new DateTime(2026, 3, 2, 9, 30, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 30, store.Alice.Id));
        var after = Calendar.Load(await app.Feed.BuildAsync(token)).Events.Where(e => e.Uid == PlannerCalendarWriter.Uid(figuresBlock) && e.RecurrenceIdentifier == null).Single();
        Assert.That((after.Sequence, after.DtStart.Hour, after.DtStart.Minute), Is.EqualTo((figures.Version + 1, 9, 30)));
        Assert.That(meeting.Succeeded && once.Succeeded);
    }

    [Test]
    public async Task A_wrong_rotated_revoked_or_malformed_token_opens_nothing_and_only_a_hash_is_stored()
    {
        var store = await PlannerScenario.CreateAsync(Database);
        var app = store.App(store.Alice);
        await app.Blocks.CreateAsync(store.Request("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO", 30, store.Alice.Id));
        var first = await app.Feed.CreateOrRotateAsync();
        var wrongSecret = first.Token[..^1] + (first.Token[^1] == 'A' ? 'B' : 'A');

        Assert.That(first.ResourceKey, Is.EqualTo(Keys.Feed.Created));
        Assert.That(await app.Feed.BuildAsync(first.Token), Does.Contain("BEGIN:VCALENDAR"));
        Assert.That(await app.Feed.VerifyAsync(first.Token), Is.EqualTo(store.Alice.Id));
        foreach (var bad in new[] { wrongSecret, "", null, "x", first.Token + "x", first.Token[..32] + new string('A', 43) })
            Assert.That(await app.Feed.BuildAsync(bad), Is.Null, $"token '{bad}'");

        var stored = await Database.Repository<PlannerFeedSecret>().Table.SingleAsync();
        Assert.That(stored.SecretHash, Has.Length.EqualTo(64).And.Not.Contains(first.Token[32..]));
        Assert.That(first.Token, Does.Not.Contain(stored.SecretHash));

        var rotated = await app.Feed.CreateOrRotateAsync();
        Assert.That(rotated.ResourceKey, Is.EqualTo(Keys.Feed.Rotated));
        Assert.That(await app.Feed.BuildAsync(first.Token), Is.Null, "the old link stops working");
        Assert.That(await app.Feed.BuildAsync(rotated.Token), Is.Not.Null);

        // Permission withdrawn: nothing; revoked: nothing.
        app.PlannerUsers.Remove(store.Alice.Id);
        Assert.That(await app.Feed.BuildAsync(rotated.Token), Is.Null, "without the Planner permission");
        app.PlannerUsers.Add(store.Alice.Id);
        await app.Feed.RevokeAsync();
        Assert.That(await app.Feed.BuildAsync(rotated.Token), Is.Null);
        Assert.That(await app.Feed.HasFeedAsync(), Is.False);
    }

    [Test]
    public async Task A_vendor_s_feed_holds_only_their_vendor_s_blocks_assigned_to_them()
    {
        var store = await PlannerScenario.CreateAsync(Database);
        var vendorApp = store.App(store.Vera);
        await vendorApp.Blocks.CreateAsync(store.Request("Vendor packing", new DateTime(2026, 3, 2, 16, 0, 0), "FREQ=WEEKLY;BYDAY=MO", 60, store.Vera.Id));
        // A shop block cannot be given to the vendor's staff member.
        var refused = await store.App(store.Alice).Blocks.CreateAsync(store.Request("Shop figures", new DateTime(2026, 3, 2, 9, 0, 0), null, 30, store.Vera.Id));
        var token = (await vendorApp.Feed.CreateOrRotateAsync()).Token;

        var calendar = Calendar.Load(await vendorApp.Feed.BuildAsync(token));

        Assert.That(refused.ResourceKey, Is.EqualTo(Keys.Block.UnknownAssignee));
        Assert.That(calendar.Events.Select(e => e.Summary), Is.EqualTo(new[] { "Vendor packing" }));
    }
}
