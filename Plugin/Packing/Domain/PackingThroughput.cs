namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>An order a packer packed and shipped: from the first scan (or the packing mark) to the shipment.</summary>
public sealed record PackedOrderSpan(int PackerCustomerId, DateTime StartedUtc, DateTime ShippedUtc);

/// <param name="PackerName">Filled by the report service (names are read in one query), null from <see cref="PackingThroughput.Compute"/>.</param>
public sealed record PackerThroughput(int PackerCustomerId, int OrdersShipped, TimeSpan BusyTime, double OrdersPerHour, string PackerName = null);

/// <summary>
/// Orders per hour of each packer, over the time they were actually packing: the union of their orders' spans,
/// so breaks and other work between batches do not count, and overlapping orders (two tabs) are not counted twice.
/// </summary>
public static class PackingThroughput
{
    /// <summary>A span shorter than this (an override, a one-item order) still took the packer some time.</summary>
    public static readonly TimeSpan MinimumSpan = TimeSpan.FromMinutes(1);

    public static IReadOnlyList<PackerThroughput> Compute(IEnumerable<PackedOrderSpan> orders) =>
        orders
            .GroupBy(order => order.PackerCustomerId)
            .Select(group =>
            {
                var busy = BusyTime(group);
                return new PackerThroughput(group.Key, group.Count(), busy, group.Count() / busy.TotalHours);
            })
            .OrderByDescending(packer => packer.OrdersPerHour)
            .ThenBy(packer => packer.PackerCustomerId)
            .ToList();

    private static TimeSpan BusyTime(IEnumerable<PackedOrderSpan> orders)
    {
        var total = TimeSpan.Zero;
        DateTime? start = null, end = null;
        foreach (var (from, to) in orders.Select(Span).OrderBy(span => span.From))
        {
            if (end is { } currentEnd && from <= currentEnd)
            {
                end = to > currentEnd ? to : currentEnd;
                continue;
            }

            if (start.HasValue)
                total += end.Value - start.Value;
            (start, end) = (from, to);
        }

        return start.HasValue ? total + (end.Value - start.Value) : total;
    }

    private static (DateTime From, DateTime To) Span(PackedOrderSpan order)
    {
        var from = order.StartedUtc <= order.ShippedUtc ? order.StartedUtc : order.ShippedUtc;
        var to = order.ShippedUtc - from < MinimumSpan ? from + MinimumSpan : order.ShippedUtc;
        return (from, to);
    }
}

public sealed record PaidToShippedStats(int Orders, TimeSpan? Average, TimeSpan? Median, TimeSpan? Percentile90, TimeSpan? Longest);

/// <summary>How long customers waited between payment and shipment.</summary>
public static class PaidToShipped
{
    public static PaidToShippedStats Compute(IEnumerable<(DateTime PaidUtc, DateTime ShippedUtc)> orders)
    {
        // A payment recorded after the shipment (cash on delivery, clock skew) waited nothing.
        var waits = orders
            .Select(order => order.ShippedUtc > order.PaidUtc ? order.ShippedUtc - order.PaidUtc : TimeSpan.Zero)
            .OrderBy(wait => wait)
            .ToList();

        if (waits.Count == 0)
            return new PaidToShippedStats(0, null, null, null, null);

        var average = TimeSpan.FromTicks((long)waits.Average(wait => wait.Ticks));
        return new PaidToShippedStats(waits.Count, average, Percentile(waits, 0.5), Percentile(waits, 0.9), waits[^1]);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static TimeSpan Percentile(IReadOnlyList<TimeSpan> sorted, double fraction) =>
        sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
}
