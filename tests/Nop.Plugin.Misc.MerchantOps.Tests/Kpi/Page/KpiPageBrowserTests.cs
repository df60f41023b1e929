using Microsoft.Playwright;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Page;

/// <summary>
/// The KPI page in Chromium with nopCommerce's Chart.js 4.5.0 (put into the test host's web root by
/// tests/scripts/fetch-chartjs.sh, as .ci/run does): the charts draw, a journal note with script is a marker whose
/// tooltip shows its text and runs nothing; without the chart library the page says so and keeps its tables.
/// </summary>
public class KpiPageBrowserTests : BrowserTest<KpiPageWebHost>
{
    private const string Script = "<svg/onload=alert(1)>";
    private const string Image = "<img src=x onerror=alert(2)>";

    protected override Task<KpiPageWebHost> StartSiteAsync() => KpiPageWebHost.StartAsync();

    private static string ChartJsFile => Path.Combine(PluginTestHost.NopWebRoot, "wwwroot", "lib_npm", "chart.js", "chart.umd.min.js");

    [Test]
    public async Task The_revenue_chart_draws_a_journal_note_as_a_marker_whose_tooltip_is_its_text_and_no_script_runs()
    {
        Assert.That(File.Exists(ChartJsFile), Is.True, $"{ChartJsFile} is missing: run tests/scripts/fetch-chartjs.sh (.ci/run does)");
        for (var day = new DateOnly(2026, 3, 25); day <= new DateOnly(2026, 3, 31); day = day.AddDays(1))
        {
            await Web.SalesAsync(day, day.Day - 20, (day.Day - 20) * 40m);
            await Web.FunnelAsync(day, 100, 50, 20, 10, day.Day - 20);
        }
        foreach (var text in new[] { Script, Image })
            await Web.Database.Repository<KpiJournalNote>().InsertAsync(new KpiJournalNote { StoreId = 1, LocalDay = 20260328, Text = text, Version = 1 });

        await Page.GotoAsync(KpiPageWebHost.PageUrl);
        await Page.Locator("#kpi-revenue-chart[data-drawn='true']").WaitForAsync();
        await Page.Locator("#kpi-funnel-chart[data-drawn='true']").WaitForAsync();

        var chart = await Page.EvaluateAsync<ChartState>(@"() => {
            const chart = window.merchantOpsKpiCharts.revenue;
            const index = chart.data.labels.indexOf('2026-03-28');
            const point = chart.getDatasetMeta(2).data[index];
            chart.tooltip.setActiveElements([{ datasetIndex: 2, index }], { x: point.x, y: point.y });
            chart.update();
            return {
                version: Chart.version,
                width: chart.width,
                markers: chart.data.datasets[2].data.filter(v => v !== null).length,
                tooltip: chart.tooltip.body.flatMap(b => b.lines),
                svgs: document.querySelectorAll('svg[onload], img[onerror]').length
            };
        }");

        Assert.That(chart.Version, Is.EqualTo("4.5.0"));
        Assert.That(chart.Width, Is.GreaterThan(100), "the chart has a size");
        Assert.That(chart.Markers, Is.EqualTo(1), "one marker on 28 March");
        Assert.That(chart.Tooltip, Is.EqualTo(new[] { "Journal: " + Script, "Journal: " + Image }), "the notes as text");
        Assert.That(chart.Svgs, Is.Zero, "no element made from a note");
        Assert.That(await Page.Locator("#kpi-notes .kpi-note").AllInnerTextsAsync(), Is.EqualTo(new[] { Script, Image }));
        Assert.That(await Page.Locator(".kpi-chart-missing").First.IsVisibleAsync(), Is.False);
        await Page.WaitForTimeoutAsync(300);
        Assert.That(Browser.Dialogs, Is.Empty, "no script of a note ran");
        Assert.That(Browser.Console, Has.None.Contains("chart"), string.Join("\n", Browser.Console));
    }

    [Test]
    public async Task Without_the_chart_library_the_page_says_so_and_the_tables_show_the_figures()
    {
        await Web.SalesAsync(new DateOnly(2026, 3, 30), 3, 120m);
        await Page.RouteAsync("**/lib_npm/chart.js/**", route => route.AbortAsync());

        await Page.GotoAsync(KpiPageWebHost.PageUrl);
        await Assertions.Expect(Page.Locator(".kpi-chart-missing").First).ToBeVisibleAsync();

        Assert.That(await Page.Locator("#kpi-revenue-chart").IsVisibleAsync(), Is.False);
        Assert.That(await Page.Locator("#kpi-days tr[data-day='2026-03-30'] .kpi-revenue").InnerTextAsync(), Is.EqualTo("$120.00"));
        Assert.That(await Page.Locator("#kpi-funnel-days").IsVisibleAsync(), Is.True);
    }

    public sealed class ChartState
    {
        public string Version { get; set; }
        public double Width { get; set; }
        public int Markers { get; set; }
        public string[] Tooltip { get; set; }
        public int Svgs { get; set; }
    }
}
