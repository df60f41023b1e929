using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>
/// Time of the dashboard with the agenda card on a store of 200 blocks (run by hand: dotnet test --filter
/// Category=Measure). Prints its numbers and checks the card was rendered; sets no time limit (shared machines vary).
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[Explicit("measurement")]
[Category("Measure")]
public class PlannerAgendaMeasurements
{
    private readonly DatabaseEngine _engine;

    public PlannerAgendaMeasurements(DatabaseEngine engine)
    {
        _engine = engine;
    }

    [Test]
    public async Task The_dashboard_with_the_agenda_of_200_blocks()
    {
        await using var web = await PlannerAgendaWebHost.StartAsync(engine: _engine);
        var store = web.Store;
        // 200 blocks: every weekday, a fortnightly one, one-offs; a quarter of them today, three assignees
        for (var i = 0; i < 200; i++)
        {
            var rule = (i % 4) switch
            {
                0 => "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                1 => "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
                2 => "FREQ=WEEKLY;BYDAY=TU,TH",
                _ => null
            };
            // series from Monday 16 / Tuesday 17 February (a start on its rule), one-offs Monday 2 to Friday 6 March
            var start = (i % 4) switch
            {
                2 => new DateTime(2026, 2, 17, 6 + i % 14, 0, 0),
                3 => new DateTime(2026, 3, 2 + i % 5, 6 + i % 14, 0, 0),
                _ => new DateTime(2026, 2, 16, 6 + i % 14, 0, 0)
            };
            var assignee = (i % 3) switch { 0 => store.Alice.Id, 1 => store.Bob.Id, _ => 0 };
            await web.BlockAsync(store.Alice, $"Block {i}", start, rule, 30, assignee);
        }

        async Task<(double Median, double Min, string Html)> TimeAsync()
        {
            for (var i = 0; i < 3; i++)
                await web.GetDashboardAsync();
            var times = new List<double>();
            string html = null;
            for (var i = 0; i < 20; i++)
            {
                var watch = Stopwatch.StartNew();
                html = await web.GetDashboardAsync();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            return (times[10], times[0], html);
        }

        // the same page without the card (a user without the Planner permission), then with it
        web.Allow(MerchantOpsDefaults.Permissions.Packing);
        var without = await TimeAsync();
        web.Allow(MerchantOpsDefaults.Permissions.Planner);
        var with = await TimeAsync();

        // the agenda's read alone (3 statements and the expansion of every block over 15 days)
        var reads = new List<double>();
        for (var i = 0; i < 23; i++)
        {
            using var scope = web.Host.Services.CreateScope();
            var service = scope.ServiceProvider.GetRequiredService<IPlannerAgendaService>();
            var watch = Stopwatch.StartNew();
            await service.GetTodayAsync(store.Store.Id);
            if (i >= 3)
                reads.Add(watch.Elapsed.TotalMilliseconds);
        }
        reads.Sort();
        TestContext.Out.WriteLine($"{_engine}: IPlannerAgendaService.GetTodayAsync, 200 blocks: median {reads[10]:F1} ms (min {reads[0]:F1})");

        // for comparison, the foundation's week read of the same blocks (7 days instead of 15)
        var weeks = new List<double>();
        for (var i = 0; i < 23; i++)
        {
            using var scope = web.Host.Services.CreateScope();
            var service = scope.ServiceProvider.GetRequiredService<IPlannerBlockService>();
            var watch = Stopwatch.StartNew();
            await service.GetWeekAsync(store.Store.Id, new DateOnly(2026, 3, 2));
            if (i >= 3)
                weeks.Add(watch.Elapsed.TotalMilliseconds);
        }
        weeks.Sort();
        TestContext.Out.WriteLine($"{_engine}: IPlannerBlockService.GetWeekAsync, same blocks: median {weeks[10]:F1} ms (min {weeks[0]:F1})");

        var items = PlannerAgendaWebHost.Agenda(with.Html).Split("class=\"list-group-item").Length - 1;
        TestContext.Out.WriteLine($"{_engine}: dashboard GET, 200 blocks: without the card median {without.Median:F1} ms (min {without.Min:F1}); " +
            $"with the card ({items} items shown) median {with.Median:F1} ms (min {with.Min:F1}); the card's share ~{with.Median - without.Median:F1} ms");
        Assert.That(PlannerAgendaWebHost.Agenda(without.Html), Is.Empty);
        Assert.That(items, Is.GreaterThan(50));
    }
}
