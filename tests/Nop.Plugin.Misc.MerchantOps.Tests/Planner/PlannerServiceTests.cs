using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Planner.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PlannerServiceTests : DatabaseTestBase
{
    private static readonly string[] Tables =
    [
        PlannerTables.Block, PlannerTables.OccurrenceException, PlannerTables.OccurrenceCompletion, PlannerTables.FeedSecret, PlannerTables.RoutineSeed
    ];

    public PlannerServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Install_creates_the_planner_tables_and_keys_and_uninstall_drops_them()
    {
        await Database.InstallPluginSchemaAsync(runMigrations: true);

        Assert.That(await Database.GetTableNamesAsync(), Is.SupersetOf(Tables));
        Assert.That(await Database.GetIndexNamesAsync(PlannerTables.Block), Does.Contain(PlannerTables.BlockStoreStartIndex));
        Assert.That(await Database.GetIndexNamesAsync(PlannerTables.OccurrenceCompletion), Does.Contain(PlannerTables.CompletionOccurrenceIndex));
        Assert.That(await Database.GetIndexNamesAsync(PlannerTables.OccurrenceException), Does.Contain(PlannerTables.ExceptionOccurrenceIndex));
        Assert.That(await Database.GetIndexNamesAsync(PlannerTables.RoutineSeed), Does.Contain(PlannerTables.RoutineStoreIndex));
        Assert.That(await Database.GetIndexNamesAsync(PlannerTables.FeedSecret), Does.Contain(PlannerTables.FeedKeyIndex).And.Contain(PlannerTables.FeedCustomerIndex));

        await Database.UninstallPluginSchemaAsync();

        Assert.That(await Database.GetTableNamesAsync(), Has.None.AnyOf(Tables));
    }

    [Test]
    public async Task The_week_shows_a_store_s_blocks_at_their_local_time_across_the_spring_change_with_the_my_blocks_filter()
    {
        var store = await PlannerScenario.CreateAsync(Database);
        var app = store.App(store.Alice);
        var figures = await app.Blocks.CreateAsync(store.Request("Figures 😀", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 30, store.Alice.Id));
        var packing = await app.Blocks.CreateAsync(store.Request("Packing", new DateTime(2026, 3, 2, 16, 0, 0), "FREQ=WEEKLY;BYDAY=MO,WE,FR", 60, store.Bob.Id));
        await store.App(store.Vera).Blocks.CreateAsync(store.Request("Vendor's own", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO"));
        Assert.That(figures.Succeeded && packing.Succeeded, $"{figures.ResourceKey} {packing.ResourceKey}");

        // the week of Sunday 29 March (clocks forward in Paris): Monday 23 to Sunday 29
        var week = await app.Blocks.GetWeekAsync(store.Store.Id, new DateOnly(2026, 3, 25));
        var mine = await app.Blocks.GetWeekAsync(store.Store.Id, new DateOnly(2026, 3, 25), mineOnly: true);
        var vendors = await store.App(store.Vera).Blocks.GetWeekAsync(store.Store.Id, new DateOnly(2026, 3, 25));

        Assert.That(week.Monday, Is.EqualTo(new DateOnly(2026, 3, 23)));
        Assert.That(week.Items.Count(i => i.Block.Id == figures.BlockId), Is.EqualTo(5));
        Assert.That(week.Items.Count(i => i.Block.Id == packing.BlockId), Is.EqualTo(3));
        Assert.That(week.Items.Where(i => i.Block.Id == figures.BlockId).Select(i => i.Occurrence.StartLocal.TimeOfDay).Distinct(),
            Is.EqualTo(new[] { TimeSpan.FromHours(9) }));
        Assert.That(week.Items.Select(i => i.Block.Title), Has.None.EqualTo("Vendor's own"), "the shop's staff do not see a vendor's blocks");
        Assert.That(week.Items.First().Block.Title, Is.EqualTo("Figures 😀"), "full Unicode round-trips on every engine");
        Assert.That(mine.Items.Select(i => i.Block.Id).Distinct(), Is.EqualTo(new[] { figures.BlockId }));
        Assert.That(vendors.Items.Select(i => i.Block.Title).Distinct(), Is.EqualTo(new[] { "Vendor's own" }), "a vendor sees only their own staff's blocks");
        Assert.That(await store.App(store.Vera).Blocks.GetBlockAsync(figures.BlockId), Is.Null);
    }

    [Test]
    public async Task A_save_with_a_stale_version_is_refused_and_keeps_the_version_saved_first()
    {
        var store = await PlannerScenario.CreateAsync(Database);
        var created = await store.App(store.Alice).Blocks.CreateAsync(store.Request("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO"));
        var alice = store.App(store.Alice);
        var bob = store.App(store.Bob, anotherInstance: true);

        var first = await alice.Blocks.UpdateAsync(created.BlockId, created.Version, store.Request("Figures (Alice)", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO"));
        var second = await bob.Blocks.UpdateAsync(created.BlockId, created.Version, store.Request("Figures (Bob)", new DateTime(2026, 3, 2, 10, 0, 0), "FREQ=WEEKLY;BYDAY=MO"));

        Assert.That(first.Succeeded, Is.True);
        Assert.That(second.Succeeded, Is.False);
        Assert.That(second.ResourceKey, Is.EqualTo(Keys.Block.ChangedMeanwhile));
        var saved = await Database.Repository<PlannerBlock>().GetByIdAsync(created.BlockId);
        Assert.That((saved.Title, saved.StartLocal.Hour, saved.Version), Is.EqualTo(("Figures (Alice)", 9, created.Version + 1)));
        Assert.That((await bob.Blocks.DeleteAsync(created.BlockId, created.Version)).ResourceKey, Is.EqualTo(Keys.Block.ChangedMeanwhile));
    }

    [Test]
    public async Task People_saving_the_same_block_at_once_one_wins_and_the_others_are_told()
    {
        var store = await PlannerScenario.CreateAsync(Database);
        using var refusals = new DatabaseRefusals(Database);
        const string lostRace = "a save that read the same version lost at the conditional update";
        var counter = new RaceCounter(lostRace);

        await Race.RoundsAsync(2, 20, counter, async round =>
        {
            var created = await store.App(store.Alice).Blocks.CreateAsync(store.Request($"Figures {round}", new DateTime(2026, 3, 2, 9, 0, 0)));
            var apps = Enumerable.Range(0, 4).Select(_ => store.App(store.Alice, anotherInstance: true)).ToList();
            var before = refusals.EmptyUpdates(PlannerTables.Block);

            var results = await Race.RunAsync(apps.Select((app, i) => (Func<Task<PlannerSaveResult>>)(() =>
                app.Blocks.UpdateAsync(created.BlockId, created.Version, store.Request($"Saved by {i}", new DateTime(2026, 3, 2, 9, 0, 0))))).ToList());

            counter.Add(lostRace, refusals.EmptyUpdates(PlannerTables.Block) - before);
            Assert.That(results.Count(r => r.Succeeded), Is.EqualTo(1), $"round {round}");
            Assert.That(results.Where(r => !r.Succeeded).Select(r => r.ResourceKey), Is.All.EqualTo(Keys.Block.ChangedMeanwhile));
            var saved = await Database.Repository<PlannerBlock>().GetByIdAsync(created.BlockId);
            Assert.That((saved.Title, saved.Version), Is.EqualTo(($"Saved by {Array.FindIndex(results, r => r.Succeeded)}", created.Version + 1)));
        });
    }

    [Test]
    public async Task Bad_input_gets_its_message_and_loses_nothing_already_saved()
    {
        var store = await PlannerScenario.CreateAsync(Database);
        var app = store.App(store.Alice);
        var created = await app.Blocks.CreateAsync(store.Request("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO"));
        var deleted = await Rows.CustomerAsync("gone@shop.test", c => c.Deleted = true);
        app.PlannerUsers.Add(deleted.Id);

        var refusals = new[]
        {
            await app.Blocks.UpdateAsync(created.BlockId, created.Version, store.Request("x", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO", assigneeId: deleted.Id)),
            await app.Blocks.UpdateAsync(created.BlockId, created.Version, store.Request("x", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO", assigneeId: 999_999)),
            await app.Blocks.UpdateAsync(created.BlockId, created.Version, store.Request("x", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO", assigneeId: store.Vera.Id)),
            await app.Blocks.UpdateAsync(created.BlockId, created.Version, store.Request("x", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO", 0)),
            await app.Blocks.UpdateAsync(created.BlockId, created.Version, store.Request("x", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO", 30 * 24 * 60)),
            await app.Blocks.UpdateAsync(created.BlockId, created.Version, store.Request("x", new DateTime(2026, 3, 29, 2, 30, 0))),
            await app.Blocks.UpdateAsync(created.BlockId, created.Version, store.Request("x", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=HOURLY")),
            await app.Blocks.UpdateAsync(created.BlockId, created.Version, store.Request("x", new DateTime(2026, 3, 2, 9, 0, 0)) with { Notes = new string('n', 1024 * 1024) })
        };

        Assert.That(refusals.Select(r => r.ResourceKey), Is.EqualTo(new[]
        {
            Keys.Block.UnknownAssignee, Keys.Block.UnknownAssignee, Keys.Block.UnknownAssignee, Keys.Block.DurationOutOfRange,
            Keys.Block.DurationOutOfRange, Keys.Block.StartInGap, Keys.Recurrence.Unsupported, Keys.Block.NotesTooLong
        }));
        var saved = await Database.Repository<PlannerBlock>().GetByIdAsync(created.BlockId);
        Assert.That((saved.Title, saved.Version, saved.RecurrenceRule), Is.EqualTo(("Figures", created.Version, "FREQ=WEEKLY;BYDAY=MO")));
    }

    [Test]
    public async Task Skip_move_tick_and_late_occurrences()
    {
        var store = await PlannerScenario.CreateAsync(Database);
        var app = store.App(store.Alice);
        var block = await app.Blocks.CreateAsync(store.Request("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 30, store.Alice.Id));
        var (mon, tue, wed, thu) = (new DateTime(2026, 3, 2, 9, 0, 0), new DateTime(2026, 3, 3, 9, 0, 0), new DateTime(2026, 3, 4, 9, 0, 0), new DateTime(2026, 3, 5, 9, 0, 0));

        Assert.That((await app.Occurrences.SkipAsync(block.BlockId, tue)).ResourceKey, Is.EqualTo(Keys.Occurrence.Skipped));
        Assert.That((await app.Occurrences.MoveAsync(block.BlockId, wed, new DateTime(2026, 3, 4, 15, 0, 0), 45)).ResourceKey, Is.EqualTo(Keys.Occurrence.Moved));
        Assert.That((await app.Occurrences.MoveAsync(block.BlockId, wed, new DateTime(2026, 3, 4, 16, 0, 0), 45)).Succeeded, Is.True, "moved again: one exception");
        Assert.That((await app.Occurrences.MoveAsync(block.BlockId, thu, new DateTime(2026, 5, 4, 16, 0, 0), 45)).ResourceKey, Is.EqualTo(Keys.Occurrence.MovedTooFar));
        Assert.That((await app.Occurrences.SkipAsync(block.BlockId, new DateTime(2026, 3, 7, 9, 0, 0))).ResourceKey, Is.EqualTo(Keys.Occurrence.NotFound), "Saturday is not an occurrence");
        Assert.That((await app.Occurrences.MarkDoneAsync(block.BlockId, mon, "all good")).ResourceKey, Is.EqualTo(Keys.Occurrence.Done));
        Assert.That((await store.App(store.Bob, anotherInstance: true).Occurrences.MarkDoneAsync(block.BlockId, mon)).ResourceKey, Is.EqualTo(Keys.Occurrence.AlreadyDone));

        var week = await app.Blocks.GetWeekAsync(store.Store.Id, new DateOnly(2026, 3, 2));
        var byDay = week.Items.ToDictionary(i => i.Occurrence.OriginalStartLocal);
        Assert.That(byDay[mon].Completion, Has.Property("DoneByCustomerId").EqualTo(store.Alice.Id).And.Property("Note").EqualTo("all good"));
        Assert.That(byDay[tue].Occurrence.Skipped, Is.True);
        Assert.That((byDay[wed].Occurrence.StartLocal, byDay[wed].Occurrence.DurationMinutes, byDay[wed].Occurrence.Moved),
            Is.EqualTo((new DateTime(2026, 3, 4, 16, 0, 0), 45, true)));
        Assert.That(await Database.Repository<PlannerOccurrenceException>().Table.CountAsync(e => e.BlockId == block.BlockId), Is.EqualTo(2));

        // Friday 6 March, 12:00 in Paris: Monday done, Tuesday skipped; Wednesday (moved to 16:00) and Thursday undone are late; Friday 09:30 ended.
        store.Clock.UtcNow = new DateTime(2026, 3, 6, 11, 0, 0, DateTimeKind.Utc);
        var late = await app.Occurrences.GetLateAsync(store.Store.Id, mineOnly: true);
        Assert.That(late.Select(i => i.Occurrence.OriginalStartLocal), Is.EqualTo(new[] { wed, thu, new DateTime(2026, 3, 6, 9, 0, 0) }));
        Assert.That(late, Has.All.Property("Late").True);

        Assert.That((await app.Occurrences.UndoAsync(block.BlockId, mon)).ResourceKey, Is.EqualTo(Keys.Occurrence.Undone));
        Assert.That((await app.Occurrences.RestoreAsync(block.BlockId, tue)).ResourceKey, Is.EqualTo(Keys.Occurrence.Restored));
        late = await app.Occurrences.GetLateAsync(store.Store.Id);
        Assert.That(late.Select(i => i.Occurrence.OriginalStartLocal), Is.EqualTo(new[] { mon, tue, wed, thu, new DateTime(2026, 3, 6, 9, 0, 0) }));
    }

    [Test]
    public async Task Late_occurrences_read_again_later_the_same_day_are_memo_hits_and_an_edit_in_between_shows_at_once()
    {
        var store = await PlannerScenario.CreateAsync(Database);
        var app = store.App(store.Alice);
        var block = await app.Blocks.CreateAsync(store.Request("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 30, store.Alice.Id));
        var memo = app.StoreApp.Get<PlannerExpansionMemo>();

        store.Clock.UtcNow = new DateTime(2026, 3, 6, 8, 0, 0, DateTimeKind.Utc); // Friday 09:00 in Paris: Friday's has not ended
        var late = await app.Occurrences.GetLateAsync(store.Store.Id);
        var entries = memo.Count;
        Assert.That(late.Select(i => i.Occurrence.OriginalStartLocal).Max(), Is.EqualTo(new DateTime(2026, 3, 5, 9, 0, 0)));

        store.Clock.UtcNow = new DateTime(2026, 3, 6, 11, 0, 0, DateTimeKind.Utc); // 12:00: Friday's 09:00 ended
        late = await app.Occurrences.GetLateAsync(store.Store.Id);
        Assert.That(memo.Count, Is.EqualTo(entries), "the same window all day: no new expansion");
        Assert.That(late.Select(i => i.Occurrence.OriginalStartLocal).Max(), Is.EqualTo(new DateTime(2026, 3, 6, 9, 0, 0)), "now applied after the memo");

        var wed = new DateTime(2026, 3, 4, 9, 0, 0);
        Assert.That((await app.Occurrences.MoveAsync(block.BlockId, wed, new DateTime(2026, 3, 4, 15, 0, 0), 45)).Succeeded, Is.True);
        late = await app.Occurrences.GetLateAsync(store.Store.Id);
        Assert.That(late.Single(i => i.Occurrence.OriginalStartLocal == wed).Occurrence.StartLocal, Is.EqualTo(new DateTime(2026, 3, 4, 15, 0, 0)),
            "the move is a new key: expanded afresh");
    }

    [Test]
    public async Task This_and_following_ends_the_old_series_and_a_new_block_carries_the_rest_with_its_ticks()
    {
        var store = await PlannerScenario.CreateAsync(Database);
        var app = store.App(store.Alice);
        var block = await app.Blocks.CreateAsync(store.Request("Packing", new DateTime(2026, 3, 2, 16, 0, 0), "FREQ=WEEKLY;BYDAY=MO", 60));
        var split = new DateTime(2026, 3, 30, 16, 0, 0); // the Monday after the spring change
        await app.Occurrences.MarkDoneAsync(block.BlockId, new DateTime(2026, 3, 23, 16, 0, 0));
        await app.Occurrences.SkipAsync(block.BlockId, new DateTime(2026, 4, 6, 16, 0, 0));
        var original = await Database.Repository<PlannerBlock>().GetByIdAsync(block.BlockId);

        var result = await app.Blocks.UpdateAsync(block.BlockId, block.Version,
            store.Request("Packing (Bob)", split, "FREQ=WEEKLY;BYDAY=MO", 90, store.Bob.Id), Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerEditScope.ThisAndFollowing, split);

        Assert.That(result.Succeeded, Is.True, result.ResourceKey);
        Assert.That(result.BlockId, Is.Not.EqualTo(block.BlockId));
        var old = await Database.Repository<PlannerBlock>().GetByIdAsync(block.BlockId);
        var following = await Database.Repository<PlannerBlock>().GetByIdAsync(result.BlockId);
        Assert.That(old.Uid, Is.EqualTo(original.Uid), "the old series keeps its UID");
        Assert.That(following.Uid, Is.Not.EqualTo(original.Uid));
        Assert.That(old.RecurrenceRule, Does.Contain("UNTIL="));
        var weeks = new[] { 23, 30 }.Select(d => app.Blocks.GetWeekAsync(store.Store.Id, new DateOnly(2026, 3, d)).Result).ToList();
        Assert.That(weeks[0].Items.Single().Block.Id, Is.EqualTo(block.BlockId));
        Assert.That(weeks[0].Items.Single().Done, Is.True, "ticks before the split stay");
        Assert.That(weeks[1].Items.Single().Block.Title, Is.EqualTo("Packing (Bob)"));
        var april6 = (await app.Blocks.GetWeekAsync(store.Store.Id, new DateOnly(2026, 4, 6))).Items.Single();
        Assert.That((april6.Block.Id, april6.Occurrence.Skipped), Is.EqualTo((result.BlockId, true)), "the skip after the split went with the new block");

        var stale = await app.Blocks.UpdateAsync(block.BlockId, block.Version, store.Request("x", split, "FREQ=WEEKLY;BYDAY=MO"),
            Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerEditScope.ThisAndFollowing, split);
        Assert.That(stale.ResourceKey, Is.EqualTo(Keys.Block.ChangedMeanwhile));
        Assert.That(await Database.Repository<PlannerBlock>().Table.CountAsync(b => b.StoreId == store.Store.Id), Is.EqualTo(2));
    }
}
