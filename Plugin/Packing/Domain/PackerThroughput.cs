namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <param name="PackerName">Filled by the report service (names are read in one query), null from <see cref="PackingThroughput.Compute"/>.</param>
public sealed record PackerThroughput(int PackerCustomerId, int OrdersShipped, TimeSpan BusyTime, double OrdersPerHour, string PackerName = null);
