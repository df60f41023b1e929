namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

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
