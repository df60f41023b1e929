namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

public sealed record PaidToShippedStats(int Orders, TimeSpan? Average, TimeSpan? Median, TimeSpan? Percentile90, TimeSpan? Longest);
