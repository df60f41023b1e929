using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Planner.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PlannerRoutineTests : DatabaseTestBase
{
    public PlannerRoutineTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task The_french_routine_is_the_shop_manager_s_week_and_a_second_click_adds_nothing()
    {
        var store = await PlannerScenario.CreateAsync(Database);
        var app = store.App(store.Alice);

        var first = await app.Routine.CreateDefaultAsync(store.Store.Id, "fr-FR");
        var second = await app.Routine.CreateDefaultAsync(store.Store.Id, "en-US");

        Assert.That((first.Created, first.ResourceKey, first.BlockCount), Is.EqualTo((true, Keys.Routine.Created, PlannerRoutineSeeds.French.Count)));
        Assert.That((second.Created, second.ResourceKey), Is.EqualTo((false, Keys.Routine.AlreadyCreated)));
        Assert.That(await app.Routine.IsCreatedAsync(store.Store.Id), Is.True);

        var week = await app.Blocks.GetWeekAsync(store.Store.Id, new DateOnly(2026, 3, 2));
        var titlesByDay = week.Items.Where(i => !i.Occurrence.Skipped).GroupBy(i => i.Occurrence.StartLocal.DayOfWeek)
            .ToDictionary(g => g.Key, g => g.OrderBy(i => i.Occurrence.StartLocal).Select(i => $"{i.Occurrence.StartLocal:HH:mm} {i.Block.Title}").ToList());
        Assert.That(titlesByDay[DayOfWeek.Monday], Is.EqualTo(new[]
        {
            "09:00 Ventes et trafic du week-end et de la semaine passée", "09:30 Réunion TO DO de la semaine", "10:30 Messages clients du week-end",
            "11:30 Pinterest", "12:00 Instagram", "14:00 Stratégie et opérationnel", "16:00 Préparation des commandes du jour", "17:00 Réseaux sociaux"
        }));
        Assert.That(titlesByDay[DayOfWeek.Tuesday], Does.Contain("10:30 Article de blog").And.Contain("09:00 Chiffres de la veille"));
        Assert.That(titlesByDay[DayOfWeek.Wednesday], Does.Contain("10:30 Création des posts de la semaine suivante"));
        Assert.That(titlesByDay[DayOfWeek.Thursday], Does.Contain("10:30 Programmation des posts de la semaine suivante"));
        Assert.That(titlesByDay[DayOfWeek.Friday], Does.Contain("10:30 Analyse des KPI").And.Contain("11:30 Stratégie des semaines suivantes")
            .And.Contain("14:00 Réunion d'animation commerciale"), "6 March 2026 is the month's first Friday");
        Assert.That(titlesByDay.Keys, Has.None.EqualTo(DayOfWeek.Saturday).And.None.EqualTo(DayOfWeek.Sunday));
        var packing = week.Items.First(i => i.Block.LiveBinding == PlannerLiveBinding.OrdersToPack).Block;
        Assert.That(packing.ProcedureSteps, Has.Count.EqualTo(5), "a procedure to delegate packing");
        var meeting = (await app.Blocks.GetWeekAsync(store.Store.Id, new DateOnly(2026, 3, 9))).Items.Select(i => i.Block.Title);
        Assert.That(meeting, Does.Not.Contain("Réunion d'animation commerciale"), "monthly: not on the second Friday");
    }

    [Test]
    public async Task The_english_routine_has_the_same_blocks_at_the_same_times()
    {
        var store = await PlannerScenario.CreateAsync(Database);

        await store.App(store.Alice).Routine.CreateDefaultAsync(store.Store.Id, "en-US");

        var blocks = await Database.Repository<PlannerBlock>().Table.OrderBy(b => b.Id).ToListAsync();
        Assert.That(blocks.Select(b => b.Title), Is.EqualTo(PlannerRoutineSeeds.English.Select(s => s.Title)));
        Assert.That(blocks.Select(b => (b.StartLocal.TimeOfDay, b.DurationMinutes, b.RecurrenceRule)),
            Is.EqualTo(PlannerRoutineSeeds.French.Select(s => (s.Start.ToTimeSpan(), s.DurationMinutes, s.Rule))));
    }

    [Test]
    public async Task People_clicking_at_once_on_several_instances_create_the_routine_once()
    {
        var store = await PlannerScenario.CreateAsync(Database);
        using var refusals = new DatabaseRefusals(Database);
        const string lostRace = "routine marker refused by its unique key";
        var counter = new RaceCounter(lostRace);

        await Race.RoundsAsync(2, 10, counter, async round =>
        {
            var roundStore = round == 0 ? store.Store : await store.StoreAsync(s => s.Name = $"Store {round}");
            var apps = Enumerable.Range(0, 6).Select(i => store.App(i % 2 == 0 ? store.Alice : store.Bob, anotherInstance: true)).ToList();
            var before = refusals.RejectedInserts(PlannerTables.RoutineSeed);

            var results = await Race.RunAsync(apps.Select((app, i) =>
                (Func<Task<PlannerRoutineResult>>)(() => app.Routine.CreateDefaultAsync(roundStore.Id, i % 2 == 0 ? "fr" : "en"))).ToList());

            counter.Add(lostRace, refusals.RejectedInserts(PlannerTables.RoutineSeed) - before);
            Assert.That(results.Count(r => r.Created), Is.EqualTo(1), $"round {round}");
            Assert.That(results.Where(r => !r.Created).Select(r => r.ResourceKey), Is.All.EqualTo(Keys.Routine.AlreadyCreated));
            var blocks = await Database.Repository<PlannerBlock>().Table.CountAsync(b => b.StoreId == roundStore.Id);
            Assert.That(blocks, Is.EqualTo(PlannerRoutineSeeds.English.Count), $"round {round}: one routine's blocks");
            Assert.That(await Database.Repository<PlannerRoutineSeed>().Table.CountAsync(s => s.StoreId == roundStore.Id), Is.EqualTo(1));
        });
    }
}
