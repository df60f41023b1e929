using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Kpi.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Keys = Nop.Plugin.Misc.MerchantOps.Kpi.Domain.KpiPageResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Page;

/// <summary>
/// The journal and the revenue targets on each engine, with the real migration: per store, versions checked by the
/// database (two admins saving the same note at once: one wins), one target row per store even when two first saves race.
/// The scenario's store is in Europe/Paris, today 1 April 2026.
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class KpiJournalDataTests : DatabaseTestBase
{
    private static readonly DateOnly Mar28 = new(2026, 3, 28);

    public KpiJournalDataTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Install_creates_the_journal_and_target_tables_with_their_indexes_and_uninstall_drops_them()
    {
        await Database.InstallPluginSchemaAsync(runMigrations: true);

        Assert.That(await Database.GetTableNamesAsync(), Is.SupersetOf(new[] { KpiPageTables.JournalNote, KpiPageTables.RevenueTarget }));
        Assert.That(await Database.GetIndexNamesAsync(KpiPageTables.JournalNote), Does.Contain(KpiPageTables.JournalStoreDayIndex));
        Assert.That(await Database.GetIndexNamesAsync(KpiPageTables.RevenueTarget), Does.Contain(KpiPageTables.TargetStoreIndex));

        await Database.UninstallPluginSchemaAsync();

        Assert.That(await Database.GetTableNamesAsync(), Has.None.AnyOf(KpiPageTables.JournalNote, KpiPageTables.RevenueTarget));
    }

    [Test]
    public async Task Notes_are_kept_per_store_and_day_validated_and_edited_only_at_the_version_seen()
    {
        var store = await KpiScenario.CreateAsync(Database);
        var journal = Journal(store);

        Assert.That(await journal.AddAsync(store.Store.Id, Mar28, "newsletter sent"), Is.EqualTo(KpiPageResult.Done(Keys.Journal.Added)));
        await journal.AddAsync(store.Store.Id, new DateOnly(2026, 2, 1), "outside the period");
        await journal.AddAsync(store.Store.Id + 1, Mar28, "another store's note");
        Assert.That(await journal.AddAsync(store.Store.Id, Mar28, "   "), Is.EqualTo(KpiPageResult.Refused(Keys.Journal.TextRequired)));
        Assert.That(await journal.AddAsync(store.Store.Id, Mar28, new string('é', KpiPageLimits.NoteLength + 1)), Is.EqualTo(KpiPageResult.Refused(Keys.Journal.TextTooLong)));
        Assert.That(await journal.AddAsync(store.Store.Id, Mar28, new string('é', KpiPageLimits.NoteLength)), Has.Property(nameof(KpiPageResult.Succeeded)).True, "400 accented characters fit the column");
        Assert.That(await journal.AddAsync(store.Store.Id, new DateOnly(2028, 1, 1), "too far"), Is.EqualTo(KpiPageResult.Refused(Keys.Journal.BadDay)));

        var notes = await journal.GetNotesAsync(store.Store.Id, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        Assert.That(notes.Select(n => n.Text.Length > 20 ? "long" : n.Text), Is.EqualTo(new[] { "newsletter sent", "long" }));
        var note = notes[0];

        Assert.That(await journal.UpdateAsync(store.Store.Id, note.Id, 1, Mar28.AddDays(1), "free shipping from 50 €"), Is.EqualTo(KpiPageResult.Done(Keys.Journal.Saved)));
        Assert.That(await journal.UpdateAsync(store.Store.Id, note.Id, 1, Mar28, "stale"), Is.EqualTo(KpiPageResult.Refused(Keys.Journal.ChangedMeanwhile)));
        Assert.That(await journal.DeleteAsync(store.Store.Id, note.Id, 1), Is.EqualTo(KpiPageResult.Refused(Keys.Journal.ChangedMeanwhile)));
        Assert.That(await journal.DeleteAsync(store.Store.Id + 1, note.Id, 2), Is.EqualTo(KpiPageResult.Refused(Keys.Journal.NotFound)), "another store's page cannot touch it");
        var saved = await Database.Repository<KpiJournalNote>().GetByIdAsync(note.Id);
        Assert.That((saved.Text, saved.LocalDay, saved.Version), Is.EqualTo(("free shipping from 50 €", 20260329, 2)));

        Assert.That(await journal.DeleteAsync(store.Store.Id, note.Id, 2), Is.EqualTo(KpiPageResult.Done(Keys.Journal.Deleted)));
        Assert.That(await journal.UpdateAsync(store.Store.Id, note.Id, 2, Mar28, "gone"), Is.EqualTo(KpiPageResult.Refused(Keys.Journal.NotFound)));
    }

    [Test]
    public async Task A_vendor_can_neither_write_the_journal_nor_set_targets()
    {
        var store = await KpiScenario.CreateAsync(Database);
        var app = store.App().StoreApp.As(store.Customer, KpiScenario.MugVendorId);

        Assert.That(await app.Get<IKpiJournalService>().AddAsync(store.Store.Id, Mar28, "vendor"), Is.EqualTo(KpiPageResult.Refused(Keys.Journal.NotForVendors)));
        Assert.That(await app.Get<IKpiTargetService>().SaveAsync(store.Store.Id, 100m, 100m), Is.EqualTo(KpiPageResult.Refused(Keys.Targets.NotForVendors)));
        Assert.That(await Database.Repository<KpiJournalNote>().Table.CountAsync(), Is.Zero);
        Assert.That(await Database.Repository<KpiRevenueTarget>().Table.CountAsync(), Is.Zero);
    }

    [Test]
    public async Task Two_admins_saving_the_same_note_at_once_one_wins_and_the_other_is_told()
    {
        var store = await KpiScenario.CreateAsync(Database);
        await Journal(store).AddAsync(store.Store.Id, Mar28, "newsletter sent");
        var noteId = (await Database.Repository<KpiJournalNote>().Table.SingleAsync()).Id;

        for (var round = 0; round < 5; round++)
        {
            var version = (await Database.Repository<KpiJournalNote>().GetByIdAsync(noteId)).Version;
            var apps = new[] { Journal(store, true), Journal(store, true) };
            var results = await Race.RunAsync(apps.Select((journal, i) => (Func<Task<KpiPageResult>>)(() =>
                journal.UpdateAsync(store.Store.Id, noteId, version, Mar28, $"round {round} by {i}"))).ToList());

            Assert.That(results.Count(r => r.Succeeded), Is.EqualTo(1), $"round {round}");
            Assert.That(results.Single(r => !r.Succeeded).ResourceKey, Is.EqualTo(Keys.Journal.ChangedMeanwhile));
            var saved = await Database.Repository<KpiJournalNote>().GetByIdAsync(noteId);
            Assert.That(saved.Version, Is.EqualTo(version + 1));
            Assert.That(saved.Text, Is.EqualTo($"round {round} by {Array.FindIndex(results, r => r.Succeeded)}"));
        }
    }

    [Test]
    public async Task Targets_are_one_row_per_store_even_when_two_first_saves_race_and_zero_or_empty_means_none()
    {
        var store = await KpiScenario.CreateAsync(Database);

        var apps = Enumerable.Range(0, 4).Select(_ => store.App(anotherInstance: true).StoreApp.As(store.Customer).Get<IKpiTargetService>()).ToList();
        var results = await Race.RunAsync(apps.Select((targets, i) => (Func<Task<KpiPageResult>>)(() => targets.SaveAsync(store.Store.Id, 1000m + i, 4000m))).ToList());

        Assert.That(results.All(r => r.Succeeded), Is.True);
        var rows = await Database.Repository<KpiRevenueTarget>().Table.ToListAsync();
        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(rows[0].WeeklyRevenue, Is.InRange(1000m, 1003m));

        var service = store.App().StoreApp.As(store.Customer).Get<IKpiTargetService>();
        await service.SaveAsync(store.Store.Id, null, 0m);
        var none = await service.GetAsync(store.Store.Id);
        Assert.That((none.WeeklyRevenue, none.MonthlyRevenue), Is.EqualTo((0m, 0m)));
        Assert.That(await service.SaveAsync(store.Store.Id, -1m, 0m), Is.EqualTo(KpiPageResult.Refused(Keys.Targets.Invalid)));
        Assert.That(await service.SaveAsync(store.Store.Id, 12345.6789m, 0m), Has.Property(nameof(KpiPageResult.Succeeded)).True);
        Assert.That((await service.GetAsync(store.Store.Id)).WeeklyRevenue, Is.EqualTo(12345.6789m));
        Assert.That(await Database.Repository<KpiRevenueTarget>().Table.CountAsync(), Is.EqualTo(1));
    }

    private IKpiJournalService Journal(KpiScenario store, bool anotherInstance = false) =>
        store.App(anotherInstance).StoreApp.As(store.Customer).Get<IKpiJournalService>();
}
