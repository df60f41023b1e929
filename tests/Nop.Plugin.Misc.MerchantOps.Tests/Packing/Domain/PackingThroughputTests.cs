using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Domain;

public class PackingThroughputTests
{
    private static readonly DateTime Nine = new(2025, 3, 14, 9, 0, 0, DateTimeKind.Utc);

    private static PackedOrderSpan Span(int packer, int fromMinute, int toMinute) => new(packer, Nine.AddMinutes(fromMinute), Nine.AddMinutes(toMinute));

    [Test]
    public void Orders_per_hour_count_only_the_time_spent_packing()
    {
        // 4 orders of 10 minutes, with a 2-hour lunch in between: 40 minutes of work.
        var result = PackingThroughput.Compute([Span(1, 0, 10), Span(1, 10, 20), Span(1, 140, 150), Span(1, 150, 160)]).Single();

        Assert.That((result.OrdersShipped, result.BusyTime, result.OrdersPerHour), Is.EqualTo((4, TimeSpan.FromMinutes(40), 6.0)));
    }

    [Test]
    public void Orders_packed_at_the_same_time_in_two_tabs_do_not_count_the_time_twice()
    {
        var result = PackingThroughput.Compute([Span(1, 0, 30), Span(1, 0, 30)]).Single();

        Assert.That(result.OrdersPerHour, Is.EqualTo(4.0));
    }

    [Test]
    public void An_instant_order_still_takes_a_minute()
    {
        Assert.That(PackingThroughput.Compute([Span(1, 5, 5)]).Single().OrdersPerHour, Is.EqualTo(60.0));
    }

    [Test]
    public void Each_packer_gets_their_own_figure_fastest_first()
    {
        var result = PackingThroughput.Compute([Span(1, 0, 60), Span(2, 0, 10), Span(2, 10, 20)]);

        Assert.That(result.Select(r => (r.PackerCustomerId, r.OrdersPerHour)), Is.EqualTo(new[] { (2, 6.0), (1, 1.0) }));
    }
}

public class PaidToShippedTests
{
    private static readonly DateTime Paid = new(2025, 3, 14, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void Average_median_90th_percentile_and_longest_wait()
    {
        var stats = PaidToShipped.Compute(Enumerable.Range(1, 10).Select(hours => (Paid, Paid.AddHours(hours))));

        Assert.That((stats.Orders, stats.Average, stats.Median, stats.Percentile90, stats.Longest), Is.EqualTo((10,
            (TimeSpan?)TimeSpan.FromHours(5.5), (TimeSpan?)TimeSpan.FromHours(5), (TimeSpan?)TimeSpan.FromHours(9), (TimeSpan?)TimeSpan.FromHours(10))));
    }

    [Test]
    public void A_payment_recorded_after_shipping_waited_nothing()
    {
        Assert.That(PaidToShipped.Compute([(Paid, Paid.AddHours(-3))]).Longest, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void No_shipped_order_gives_no_figures()
    {
        Assert.That(PaidToShipped.Compute([]), Is.EqualTo(new PaidToShippedStats(0, null, null, null, null)));
    }
}
