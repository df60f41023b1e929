using System.Diagnostics;
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
        await using var web = await PlannerWebHost.StartAsync(engine: _engine);
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
        var items = PlannerWebHost.Agenda(html).Split("planner-agenda-item").Length - 1;
        TestContext.Out.WriteLine($"{_engine}: dashboard GET with the agenda card ({items} items, 200 blocks): median {times[10]:F1} ms, " +
            $"min {times[0]:F1} ms, max {times[^1]:F1} ms (whole request: stand-in layout, Razor, the agenda's statements)");
        Assert.That(items, Is.GreaterThan(50));
    }
}
