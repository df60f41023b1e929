namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

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
